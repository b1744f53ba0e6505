package io.devicestatus.adapter.sql;

import io.devicestatus.application.contract.AppConfigurationStatusRepositoryContract;
import io.devicestatus.application.contract.PortsUnderTest;
import io.devicestatus.application.port.out.AppConfigurationStatusRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The port contract kit against the SQL adapter on H2, in a schema of its own. */
class H2AppConfigurationStatusRepositoryIT extends AppConfigurationStatusRepositoryContract {

    @RegisterExtension
    static final TestSchema SCHEMA = TestSchema.on(SqlVendor.H2);

    @Override
    protected PortsUnderTest<AppConfigurationStatusRepository> newPorts() {
        var store = SCHEMA.emptyStore();
        return new PortsUnderTest<>(store.appConfigurationStatuses(), store.transactions());
    }
}
