package io.devicestatus.adapter.sql;

import io.devicestatus.application.contract.IosUpdateStatusRepositoryContract;
import io.devicestatus.application.contract.StoreUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The port contract kit against the SQL adapter on MARIADB, with its tables in a second schema (SqlStoreOptions.withSchema), not the connection's. */
class MariaDbSecondSchemaIosUpdateStatusRepositoryIT extends IosUpdateStatusRepositoryContract {

    @RegisterExtension
    static final TestSchema SCHEMA = TestSchema.inSecondSchema(SqlVendor.MARIADB);

    @Override
    protected StoreUnderTest newStore() {
        return new StoreUnderTest(SCHEMA.emptyStore());
    }
}
