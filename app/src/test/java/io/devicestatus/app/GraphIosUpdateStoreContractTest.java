package io.devicestatus.app;

import io.devicestatus.application.contract.IosUpdateStatusRepositoryContract;
import io.devicestatus.application.contract.StatusRepositoryContract;
import io.devicestatus.application.contract.StoreGuarantees;
import io.devicestatus.application.contract.StoreUnderTest;
import org.junit.jupiter.api.AfterEach;

/** The port contract of {@link io.devicestatus.application.port.out.StatusStore#iosUpdateStatuses()} for the Graph store, against this project's server over loopback. */
class GraphIosUpdateStoreContractTest extends IosUpdateStatusRepositoryContract {

    private GraphStoreUnderTest graph;

    @Override
    protected StoreUnderTest newStore() {
        try {
            graph = GraphStoreUnderTest.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new StoreUnderTest(
                graph.store, new StoreGuarantees(false, true), graph.storeFor(StatusRepositoryContract.OTHER_TENANT));
    }

    @AfterEach
    void stop() {
        graph.close();
    }
}
