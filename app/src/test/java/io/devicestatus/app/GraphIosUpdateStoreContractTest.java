package io.devicestatus.app;

import io.devicestatus.application.contract.IosUpdateStatusRepositoryContract;
import io.devicestatus.application.contract.PortsUnderTest;
import io.devicestatus.application.contract.StatusRepositoryContract;
import io.devicestatus.application.contract.StoreGuarantees;
import io.devicestatus.application.port.out.IosUpdateStatusRepository;
import org.junit.jupiter.api.AfterEach;

/** The port contract of {@link IosUpdateStatusRepository} for the Graph store, against this project's server over loopback. */
class GraphIosUpdateStoreContractTest extends IosUpdateStatusRepositoryContract {

    private GraphStoreUnderTest graph;

    @Override
    protected PortsUnderTest<IosUpdateStatusRepository> newPorts() {
        try {
            graph = GraphStoreUnderTest.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new PortsUnderTest<>(
                graph.store.iosUpdateStatuses(),
                graph.store.transactions(),
                new StoreGuarantees(false, true),
                graph.storeFor(StatusRepositoryContract.OTHER_TENANT).iosUpdateStatuses());
    }

    @AfterEach
    void stop() {
        graph.close();
    }
}
