package com.acme.fleet.app;

import com.acme.audit.AuditLog;
import com.acme.fleet.application.service.RetireDeviceService;
import com.acme.fleet.persistence.JdbcFleetDevices;
import com.acme.fleet.web.FleetController;
import io.devicestatus.application.port.in.GetStatusUseCase;
import java.time.Clock;
import javax.sql.DataSource;

/** The platform's composition root: it alone knows every part. */
public final class FleetApplication<S> {
    final FleetController<S> controller;
    final JdbcFleetDevices devices;

    public FleetApplication(GetStatusUseCase<?, S> statuses, DataSource dataSource) {
        this.controller = new FleetController<>(new RetireDeviceService<>(statuses, new AuditLog(), Clock.systemUTC()));
        this.devices = new JdbcFleetDevices(dataSource);
    }
}
