package io.devicestatus.application.service;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.StatusKind;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.port.in.CreateStatusCommand;
import io.devicestatus.application.port.in.CreateStatusUseCase;
import io.devicestatus.application.port.in.DeleteStatusCommand;
import io.devicestatus.application.port.in.DeleteStatusUseCase;
import io.devicestatus.application.port.in.GetStatusQuery;
import io.devicestatus.application.port.in.GetStatusUseCase;
import io.devicestatus.application.port.in.ImportItemResult;
import io.devicestatus.application.port.in.ImportStatusCommand;
import io.devicestatus.application.port.in.ImportStatusesUseCase;
import io.devicestatus.application.port.in.ImportSummaryResult;
import io.devicestatus.application.port.in.ListStatusesQuery;
import io.devicestatus.application.port.in.ListStatusesUseCase;
import io.devicestatus.application.port.in.ReportResult;
import io.devicestatus.application.port.in.ReportStatusCommand;
import io.devicestatus.application.port.in.ReportStatusUseCase;
import io.devicestatus.application.port.in.StatusPageResult;
import io.devicestatus.application.port.in.StatusSummaryResult;
import io.devicestatus.application.port.in.SummarizeStatusesQuery;
import io.devicestatus.application.port.in.SummarizeStatusesUseCase;
import io.devicestatus.application.port.in.UpdateStatusCommand;
import io.devicestatus.application.port.in.UpdateStatusUseCase;
import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Either;
import java.util.Iterator;
import java.util.function.Consumer;

/**
 * The use cases of one status type, typed for it: one object answering all eight, so a call reads once
 * ({@code statuses.create(command)}). It is each use case's interface too, so a platform can still hand a
 * collaborator only the one it needs ({@code CreateStatusUseCase<T, S, D> creator = statuses;}).
 */
public final class StatusService<T, S, D>
        implements CreateStatusUseCase<T, S, D>,
                GetStatusUseCase<T, S>,
                ListStatusesUseCase<T, S, D>,
                UpdateStatusUseCase<T, S, D>,
                DeleteStatusUseCase<T, S>,
                ReportStatusUseCase<T, S, D>,
                SummarizeStatusesUseCase<S>,
                ImportStatusesUseCase<T, S, D> {

    private final StatusKind<T, S, D> kind;
    private final StatusCommandService<T, S, D> commands;
    private final StatusQueryService<T, S, D> queries;
    private final StatusImportService<T, S, D> imports;

    private StatusService(StatusPorts<T, S, D> ports) {
        this.kind = ports.kind();
        this.commands = new StatusCommandService<>(ports);
        this.queries = new StatusQueryService<>(ports);
        this.imports = new StatusImportService<>(ports, commands);
    }

    static <T, S, D> StatusService<T, S, D> over(StatusPorts<T, S, D> ports) {
        return new StatusService<>(ports);
    }

    /** What the status type is: its properties, natural key, scope rules. */
    public StatusKind<T, S, D> kind() {
        return kind;
    }

    @Override
    public Either<ApplicationError, Versioned<T>> create(CreateStatusCommand<S, D> command) {
        return commands.create(command);
    }

    @Override
    public Either<ApplicationError, Versioned<T>> get(GetStatusQuery<S> query) {
        return queries.get(query);
    }

    @Override
    public Either<ApplicationError, StatusPageResult<T>> list(ListStatusesQuery<S, D> query) {
        return queries.list(query);
    }

    @Override
    public Either<ApplicationError, Versioned<T>> update(UpdateStatusCommand<S, D> command) {
        return commands.update(command);
    }

    @Override
    public Either<ApplicationError, Versioned<T>> delete(DeleteStatusCommand<S> command) {
        return commands.delete(command);
    }

    @Override
    public Either<ApplicationError, ReportResult<T>> report(ReportStatusCommand<S, D> command) {
        return commands.report(command);
    }

    @Override
    public Either<ApplicationError, StatusSummaryResult<S>> summarize(SummarizeStatusesQuery<S> query) {
        return queries.summarize(query);
    }

    @Override
    public ImportSummaryResult importAll(
            TenantId tenant, Iterator<ImportStatusCommand<S, D>> items, Consumer<ImportItemResult<T>> results) {
        return imports.importAll(tenant, items, results);
    }

    @Override
    public String toString() {
        return "StatusService[" + kind.graphType() + "]";
    }
}
