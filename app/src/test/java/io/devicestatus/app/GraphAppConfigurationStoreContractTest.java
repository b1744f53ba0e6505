package io.devicestatus.app;

import io.devicestatus.application.contract.AppConfigurationStatusRepositoryContract;
import io.devicestatus.application.contract.StatusRepositoryContract;
import io.devicestatus.application.contract.StoreGuarantees;
import io.devicestatus.application.contract.StoreUnderTest;
import org.junit.jupiter.api.AfterEach;

/** The port contract of {@link io.devicestatus.application.port.out.StatusStore#appConfigurationStatuses()} for the Graph store, against this project's server over loopback. */
class GraphAppConfigurationStoreContractTest extends AppConfigurationStatusRepositoryContract {

    private GraphStoreUnderTest graph;

    @Override
    protected StoreUnderTest newStore() {
        try {
            graph = GraphStoreUnderTest.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new StoreUnderTest(
                graph.store, new StoreGuarantees(false, false), graph.storeFor(StatusRepositoryContract.OTHER_TENANT));
    }

    @AfterEach
    void stop() {
        graph.close();
    }
}
