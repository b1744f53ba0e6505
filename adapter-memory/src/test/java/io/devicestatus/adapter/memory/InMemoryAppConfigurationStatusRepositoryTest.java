package io.devicestatus.adapter.memory;

import io.devicestatus.application.contract.AppConfigurationStatusRepositoryContract;
import io.devicestatus.application.contract.PortsUnderTest;
import io.devicestatus.application.port.out.AppConfigurationStatusRepository;

/** The contract kit, as the application's test-jar publishes it, run against the in-memory adapter. */
class InMemoryAppConfigurationStatusRepositoryTest extends AppConfigurationStatusRepositoryContract {

    @Override
    protected PortsUnderTest<AppConfigurationStatusRepository> newPorts() {
        var store = new InMemoryStore();
        return new PortsUnderTest<>(store.appConfigurationStatuses(), store.transactions());
    }
}
