package com.acme.fleet.application.service;

import com.acme.audit.AuditLog;
import com.acme.fleet.application.port.in.RetireDeviceCommand;
import com.acme.fleet.application.port.in.RetireDeviceUseCase;
import com.acme.fleet.domain.FleetDevice;
import io.devicestatus.application.port.in.GetStatusQuery;
import io.devicestatus.application.port.in.GetStatusUseCase;
import io.devicestatus.domain.common.StatusId;
import java.time.Clock;

/** Calls a device-status use case, which the platform's application may do. */
public final class RetireDeviceService<S> implements RetireDeviceUseCase<S> {
    private final GetStatusUseCase<?, S> statuses;
    private final AuditLog audit;
    private final Clock clock;

    public RetireDeviceService(GetStatusUseCase<?, S> statuses, AuditLog audit, Clock clock) {
        this.statuses = statuses;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public FleetDevice retire(RetireDeviceCommand<S> command) {
        boolean reported = statuses.get(new GetStatusQuery<>(command.scope(), new StatusId(command.statusId())))
                .isRight();
        audit.record("retired " + command.device().name() + (reported ? "" : " without a status"));
        return command.device().retired(clock);
    }
}
