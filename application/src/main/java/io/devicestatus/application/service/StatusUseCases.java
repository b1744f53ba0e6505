package io.devicestatus.application.service;

import io.devicestatus.application.model.StatusKind;
import io.devicestatus.application.port.in.CreateStatusUseCase;
import io.devicestatus.application.port.in.DeleteStatusUseCase;
import io.devicestatus.application.port.in.GetStatusUseCase;
import io.devicestatus.application.port.in.ImportStatusesUseCase;
import io.devicestatus.application.port.in.ListStatusesUseCase;
import io.devicestatus.application.port.in.ReportStatusUseCase;
import io.devicestatus.application.port.in.SummarizeStatusesUseCase;
import io.devicestatus.application.port.in.UpdateStatusUseCase;

/**
 * The use cases of one status type, typed for it. A platform hands each collaborator only the use case it needs.
 */
public record StatusUseCases<T, S, D>(
        StatusKind<T, S, D> kind,
        CreateStatusUseCase<T, S, D> create,
        GetStatusUseCase<T, S> get,
        ListStatusesUseCase<T, S, D> list,
        UpdateStatusUseCase<T, S, D> update,
        DeleteStatusUseCase<T, S> delete,
        ReportStatusUseCase<T, S, D> report,
        SummarizeStatusesUseCase<S> summarize,
        ImportStatusesUseCase<T, S, D> importer) {

    static <T, S, D> StatusUseCases<T, S, D> over(StatusPorts<T, S, D> ports) {
        var commands = new StatusCommandService<>(ports);
        var queries = new StatusQueryService<>(ports);
        return new StatusUseCases<>(
                ports.kind(),
                commands,
                queries,
                queries,
                commands,
                commands,
                commands,
                queries,
                new StatusImportService<>(ports, commands));
    }
}
