package com.acme.fleet.application.service;

import com.acme.audit.AuditTrail;
import com.acme.fleet.application.port.in.EnrolDeviceCommand;
import com.acme.fleet.application.port.in.EnrolDeviceResult;
import com.acme.fleet.application.port.in.EnrolDeviceUseCase;
import com.acme.fleet.application.port.in.ListFleetQuery;
import com.acme.fleet.application.port.in.ListFleetResult;
import com.acme.fleet.application.port.in.ListFleetUseCase;
import com.acme.fleet.application.port.in.ReportUpdateCommand;
import com.acme.fleet.application.port.in.ReportUpdateUseCase;
import com.acme.fleet.application.port.out.EnrolmentRepository;
import com.acme.fleet.application.port.out.IosUpdatesPort;
import com.acme.fleet.domain.Enrolment;
import com.acme.fleet.domain.FleetError;
import com.acme.fleet.domain.UpdateState;
import io.vavr.control.Either;

/** The platform's use cases: its enrolments next to the update statuses device-status keeps. */
public final class FleetService implements EnrolDeviceUseCase, ReportUpdateUseCase, ListFleetUseCase {

    private final EnrolmentRepository enrolments;
    private final IosUpdatesPort updates;
    private final AuditTrail audit;

    public FleetService(EnrolmentRepository enrolments, IosUpdatesPort updates, AuditTrail audit) {
        this.enrolments = enrolments;
        this.updates = updates;
        this.audit = audit;
    }

    @Override
    public Either<FleetError, EnrolDeviceResult> enrol(EnrolDeviceCommand command) {
        // The status first: device-status validates it, and a refused device is then never enrolled.
        return updates.create(command.tenant(), command.deviceId(), command.osVersion(), command.reportedAt())
                .map(update -> {
                    var enrolment = new Enrolment(command.tenant(), command.deviceId(), command.owner());
                    enrolments.save(enrolment);
                    audit.record(command.tenant().toString(), "enrolled device " + command.deviceId());
                    return new EnrolDeviceResult(enrolment, update);
                });
    }

    @Override
    public Either<FleetError, UpdateState> report(ReportUpdateCommand command) {
        return updates.report(
                command.tenant(),
                command.deviceId(),
                command.osVersion(),
                command.installStatus(),
                command.reportedAt());
    }

    @Override
    public Either<FleetError, ListFleetResult> list(ListFleetQuery query) {
        return updates.list(query.tenant())
                .map(states -> new ListFleetResult(enrolments.findAll(query.tenant()), states));
    }
}
