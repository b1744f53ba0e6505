package io.devicestatus.adapter.sql;

import io.devicestatus.application.contract.AppConfigurationStatusRepositoryContract;
import io.devicestatus.application.contract.StoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The port contract kit against the SQL adapter on POSTGRESQL, in a schema of its own. */
class PostgresAppConfigurationStatusRepositoryIT extends AppConfigurationStatusRepositoryContract {

    @RegisterExtension
    static final TestSchema SCHEMA = TestSchema.on(SqlVendor.POSTGRESQL);

    @Override
    protected StoreUnderTest newStore() {
        return new StoreUnderTest(SCHEMA.emptyStore());
    }
}
