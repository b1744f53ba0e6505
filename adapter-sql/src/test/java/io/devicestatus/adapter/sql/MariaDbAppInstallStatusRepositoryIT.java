package io.devicestatus.adapter.sql;

import io.devicestatus.application.contract.AppInstallStatusRepositoryContract;
import io.devicestatus.application.contract.StoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The port contract kit against the SQL adapter on MARIADB, in a schema of its own. */
class MariaDbAppInstallStatusRepositoryIT extends AppInstallStatusRepositoryContract {

    @RegisterExtension
    static final TestSchema SCHEMA = TestSchema.on(SqlVendor.MARIADB);

    @Override
    protected StoreUnderTest newStore() {
        return new StoreUnderTest(SCHEMA.emptyStore());
    }
}
