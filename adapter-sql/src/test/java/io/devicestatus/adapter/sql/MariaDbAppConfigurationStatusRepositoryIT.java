package io.devicestatus.adapter.sql;

import io.devicestatus.application.contract.AppConfigurationStatusRepositoryContract;
import io.devicestatus.application.contract.PortsUnderTest;
import io.devicestatus.application.port.out.AppConfigurationStatusRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The port contract kit against the SQL adapter on MARIADB, in a schema of its own. */
class MariaDbAppConfigurationStatusRepositoryIT extends AppConfigurationStatusRepositoryContract {

    @RegisterExtension
    static final TestSchema SCHEMA = TestSchema.on(SqlVendor.MARIADB);

    @Override
    protected PortsUnderTest<AppConfigurationStatusRepository> newPorts() {
        var store = SCHEMA.emptyStore();
        return new PortsUnderTest<>(store.appConfigurationStatuses(), store.transactions());
    }
}
