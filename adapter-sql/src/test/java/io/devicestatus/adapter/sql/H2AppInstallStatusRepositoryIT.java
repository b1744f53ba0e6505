package io.devicestatus.adapter.sql;

import io.devicestatus.application.contract.AppInstallStatusRepositoryContract;
import io.devicestatus.application.contract.StoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The port contract kit against the SQL adapter on H2, in a schema of its own. */
class H2AppInstallStatusRepositoryIT extends AppInstallStatusRepositoryContract {

    @RegisterExtension
    static final TestSchema SCHEMA = TestSchema.on(SqlVendor.H2);

    @Override
    protected StoreUnderTest newStore() {
        return new StoreUnderTest(SCHEMA.emptyStore());
    }
}
