package io.devicestatus.adapter.memory;

import io.devicestatus.application.contract.AppInstallStatusRepositoryContract;
import io.devicestatus.application.contract.StoreUnderTest;

/** The contract kit, as the application's test-jar publishes it, run against the in-memory adapter. */
class InMemoryAppInstallStatusRepositoryTest extends AppInstallStatusRepositoryContract {

    @Override
    protected StoreUnderTest newStore() {
        return new StoreUnderTest(new InMemoryStatusStore());
    }
}
