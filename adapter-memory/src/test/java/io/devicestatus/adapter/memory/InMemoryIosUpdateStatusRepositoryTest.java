package io.devicestatus.adapter.memory;

import io.devicestatus.application.contract.IosUpdateStatusRepositoryContract;
import io.devicestatus.application.contract.PortsUnderTest;
import io.devicestatus.application.port.out.IosUpdateStatusRepository;

/** The contract kit, as the application's test-jar publishes it, run against the in-memory adapter. */
class InMemoryIosUpdateStatusRepositoryTest extends IosUpdateStatusRepositoryContract {

    @Override
    protected PortsUnderTest<IosUpdateStatusRepository> newPorts() {
        var store = new InMemoryStore();
        return new PortsUnderTest<>(store.iosUpdateStatuses(), store.transactions());
    }
}
