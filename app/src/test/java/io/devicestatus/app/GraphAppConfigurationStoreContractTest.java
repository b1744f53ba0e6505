package io.devicestatus.app;

import io.devicestatus.application.contract.AppConfigurationStatusRepositoryContract;
import io.devicestatus.application.contract.PortsUnderTest;
import io.devicestatus.application.contract.StatusRepositoryContract;
import io.devicestatus.application.contract.StoreGuarantees;
import io.devicestatus.application.port.out.AppConfigurationStatusRepository;
import org.junit.jupiter.api.AfterEach;

/** The port contract of {@link AppConfigurationStatusRepository} for the Graph store, against this project's server over loopback. */
class GraphAppConfigurationStoreContractTest extends AppConfigurationStatusRepositoryContract {

    private GraphStoreUnderTest graph;

    @Override
    protected PortsUnderTest<AppConfigurationStatusRepository> newPorts() {
        try {
            graph = GraphStoreUnderTest.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new PortsUnderTest<>(
                graph.store.appConfigurationStatuses(),
                graph.store.transactions(),
                new StoreGuarantees(false, false),
                graph.storeFor(StatusRepositoryContract.OTHER_TENANT).appConfigurationStatuses());
    }

    @AfterEach
    void stop() {
        graph.close();
    }
}
