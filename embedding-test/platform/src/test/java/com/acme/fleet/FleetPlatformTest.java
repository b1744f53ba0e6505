package com.acme.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.acme.fleet.app.FleetPlatform;
import com.acme.fleet.application.port.in.EnrolDeviceCommand;
import com.acme.fleet.application.port.in.ListFleetQuery;
import com.acme.fleet.application.port.in.ReportUpdateCommand;
import com.acme.fleet.domain.Enrolment;
import com.acme.fleet.domain.UpdateState;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The platform on PostgreSQL: its use cases over device-status, one tenant at a time, in one shared schema. */
class FleetPlatformTest {

    private static final UUID TENANT = UUID.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47");
    private static final UUID OTHER_TENANT = UUID.fromString("f8cdef31-a31e-4b4a-93e4-5f571e91255a");
    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.UTC);

    private static TestDatabase database;
    private static FleetPlatform platform;

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
        platform = FleetPlatform.start(database.dataSource());
        platform.enrol()
                .enrol(new EnrolDeviceCommand(TENANT, "ipad-7", "anna@contoso.com", "17.1", MONDAY))
                .get();
    }

    @AfterAll
    static void stop() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aDeviceIsEnrolledReportedAndListedForItsTenant() {
        var reported = platform.report()
                .report(new ReportUpdateCommand(TENANT, "ipad-7", "17.1", "installing", MONDAY.plusHours(1)));

        assertThat(reported.get().installStatus()).isEqualTo("installing");
        var fleet = platform.list().list(new ListFleetQuery(TENANT)).get();
        assertThat(fleet.enrolments()).containsExactly(new Enrolment(TENANT, "ipad-7", "anna@contoso.com"));
        assertThat(fleet.updates())
                .extracting(UpdateState::deviceId, UpdateState::installStatus, UpdateState::version)
                .containsExactly(tuple("ipad-7", "installing", 2L));
    }

    @Test
    void anotherTenantSeesNothingOfIt() {
        var fleet = platform.list().list(new ListFleetQuery(OTHER_TENANT)).get();

        assertThat(fleet.enrolments()).isEmpty();
        assertThat(fleet.updates()).isEmpty();
        // the same device id reported by the other tenant is that tenant's own, new status
        var theirs = platform.report()
                .report(new ReportUpdateCommand(OTHER_TENANT, "ipad-7", "17.1", "downloading", MONDAY))
                .get();
        assertThat(theirs.version()).isEqualTo(1L);
        assertThat(platform.list().list(new ListFleetQuery(TENANT)).get().updates())
                .extracting(UpdateState::statusId)
                .doesNotContain(theirs.statusId());
    }

    @Test
    void aStateGraphDoesNotHaveIsRefusedWithWhatIsAllowed() {
        var refused = platform.report()
                .report(new ReportUpdateCommand(TENANT, "ipad-7", "17.1", "Installing", MONDAY.plusHours(2)));

        assertThat(refused.getLeft().message()).contains("installing");
    }

    @Test
    void aTimeFinerThanGraphKeepsIsRefusedNamingTheField() {
        var refused = platform.report()
                .report(new ReportUpdateCommand(TENANT, "ipad-7", "17.1", "installing", MONDAY.plusNanos(1)));

        assertThat(refused.getLeft().message())
                .startsWith("lastReportedDateTime: ")
                .contains("100 ns");
    }

    @Test
    void bothSidesShareOneSchema() throws SQLException {
        var tables = new ArrayList<String>();
        try (var connection = database.dataSource().getConnection();
                var select = connection.prepareStatement(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = ?")) {
            select.setString(1, database.schema());
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }

        assertThat(tables)
                .contains("enrolment", "flyway_schema_history")
                .contains("device_status_schema_history")
                .contains("ios_update_status", "app_configuration_status", "app_install_status");
    }
}
