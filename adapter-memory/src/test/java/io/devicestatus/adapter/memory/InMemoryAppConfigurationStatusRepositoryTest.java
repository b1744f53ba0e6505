package io.devicestatus.adapter.memory;

import io.devicestatus.application.contract.AppConfigurationStatusRepositoryContract;
import io.devicestatus.application.contract.StoreUnderTest;

/** The contract kit, as the application's test-jar publishes it, run against the in-memory adapter. */
class InMemoryAppConfigurationStatusRepositoryTest extends AppConfigurationStatusRepositoryContract {

    @Override
    protected StoreUnderTest newStore() {
        return new StoreUnderTest(new InMemoryStatusStore());
    }
}
