package io.devicestatus.app;

import io.devicestatus.application.contract.AppInstallStatusRepositoryContract;
import io.devicestatus.application.contract.PortsUnderTest;
import io.devicestatus.application.contract.StatusRepositoryContract;
import io.devicestatus.application.contract.StoreGuarantees;
import io.devicestatus.application.port.out.AppInstallStatusRepository;
import org.junit.jupiter.api.AfterEach;

/** The port contract of {@link AppInstallStatusRepository} for the Graph store, against this project's server over loopback. */
class GraphAppInstallStoreContractTest extends AppInstallStatusRepositoryContract {

    private GraphStoreUnderTest graph;

    @Override
    protected PortsUnderTest<AppInstallStatusRepository> newPorts() {
        try {
            graph = GraphStoreUnderTest.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new PortsUnderTest<>(
                graph.store.appInstallStatuses(),
                graph.store.transactions(),
                new StoreGuarantees(false, false),
                graph.storeFor(StatusRepositoryContract.OTHER_TENANT).appInstallStatuses());
    }

    @AfterEach
    void stop() {
        graph.close();
    }
}
