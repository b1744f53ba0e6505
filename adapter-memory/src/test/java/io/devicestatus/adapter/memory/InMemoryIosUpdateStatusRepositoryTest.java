package io.devicestatus.adapter.memory;

import io.devicestatus.application.contract.IosUpdateStatusRepositoryContract;
import io.devicestatus.application.contract.StoreUnderTest;

/** The contract kit, as the application's test-jar publishes it, run against the in-memory adapter. */
class InMemoryIosUpdateStatusRepositoryTest extends IosUpdateStatusRepositoryContract {

    @Override
    protected StoreUnderTest newStore() {
        return new StoreUnderTest(new InMemoryStatusStore());
    }
}
