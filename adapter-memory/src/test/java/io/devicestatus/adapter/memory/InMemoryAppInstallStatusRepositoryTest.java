package io.devicestatus.adapter.memory;

import io.devicestatus.application.contract.AppInstallStatusRepositoryContract;
import io.devicestatus.application.contract.PortsUnderTest;
import io.devicestatus.application.port.out.AppInstallStatusRepository;

/** The contract kit, as the application's test-jar publishes it, run against the in-memory adapter. */
class InMemoryAppInstallStatusRepositoryTest extends AppInstallStatusRepositoryContract {

    @Override
    protected PortsUnderTest<AppInstallStatusRepository> newPorts() {
        var store = new InMemoryStore();
        return new PortsUnderTest<>(store.appInstallStatuses(), store.transactions());
    }
}
