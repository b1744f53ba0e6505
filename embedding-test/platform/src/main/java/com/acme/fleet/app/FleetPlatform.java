package com.acme.fleet.app;

import com.acme.audit.AuditTrail;
import com.acme.fleet.adapter.devicestatus.DeviceStatusIosUpdates;
import com.acme.fleet.adapter.jdbc.JdbcEnrolmentRepository;
import com.acme.fleet.application.port.in.EnrolDeviceUseCase;
import com.acme.fleet.application.port.in.ListFleetUseCase;
import com.acme.fleet.application.port.in.ReportUpdateUseCase;
import com.acme.fleet.application.service.FleetService;
import io.devicestatus.adapter.sql.SqlStatusStore;
import io.devicestatus.adapter.sql.SqlStoreOptions;
import io.devicestatus.adapter.sql.SqlVendor;
import io.devicestatus.application.port.out.IdGeneratorPort;
import io.devicestatus.application.service.CommandValidator;
import io.devicestatus.application.service.DeviceStatusApplication;
import io.devicestatus.application.service.DeviceStatusSettings;
import java.time.Clock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The platform's composition root: one database (one pool, one schema) holding device-status's tables and the
 * platform's own, each side migrated by its own Flyway.
 */
public final class FleetPlatform {

    private final FleetService fleet;

    private FleetPlatform(FleetService fleet) {
        this.fleet = fleet;
    }

    /** Migrates both sides of the schema, then wires the platform over {@code dataSource} (PostgreSQL). */
    public static FleetPlatform start(DataSource dataSource) {
        // [embedding-start]
        // device-status: its tables and its own Flyway history (device_status_schema_history), in the pool's schema
        var store = SqlStatusStore.of(dataSource, SqlVendor.POSTGRESQL, SqlStoreOptions.defaults());
        store.migrate();
        var deviceStatus = new DeviceStatusApplication(
                store,
                IdGeneratorPort.randomUuids(),
                CommandValidator.withDefaultProvider(),
                DeviceStatusSettings.defaults(Clock.systemUTC()));

        // the platform's own Flyway with its defaults (classpath:db/migration, flyway_schema_history), joining a
        // schema that is no longer empty
        Flyway.configure()
                .dataSource(dataSource)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        // [embedding-end]

        return new FleetPlatform(new FleetService(
                new JdbcEnrolmentRepository(dataSource),
                new DeviceStatusIosUpdates(deviceStatus.iosUpdates()),
                new AuditTrail()));
    }

    public EnrolDeviceUseCase enrol() {
        return fleet;
    }

    public ReportUpdateUseCase report() {
        return fleet;
    }

    public ListFleetUseCase list() {
        return fleet;
    }
}
