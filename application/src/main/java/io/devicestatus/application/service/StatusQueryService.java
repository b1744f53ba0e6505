package io.devicestatus.application.service;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.StateCount;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.port.in.GetStatusQuery;
import io.devicestatus.application.port.in.GetStatusUseCase;
import io.devicestatus.application.port.in.ListStatusesQuery;
import io.devicestatus.application.port.in.ListStatusesUseCase;
import io.devicestatus.application.port.in.StatusPageResult;
import io.devicestatus.application.port.in.StatusSummaryResult;
import io.devicestatus.application.port.in.SummarizeStatusesQuery;
import io.devicestatus.application.port.in.SummarizeStatusesUseCase;
import io.devicestatus.application.port.out.ListPosition;
import io.devicestatus.application.port.out.ListRequest;
import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Comparator;

/** The reading use cases of one status type. */
public final class StatusQueryService<T, S, D>
        implements GetStatusUseCase<T, S>, ListStatusesUseCase<T, S, D>, SummarizeStatusesUseCase<S> {

    private final StatusPorts<T, S, D> ports;

    StatusQueryService(StatusPorts<T, S, D> ports) {
        this.ports = ports;
    }

    @Override
    public Either<ApplicationError, Versioned<T>> get(GetStatusQuery<S> query) {
        return ports.validator()
                .check(query)
                .flatMap(q -> ports.checkId(q.id()))
                .flatMap(id -> ports.checkScope(query.scope()).flatMap(scope -> ports.findInScope(scope, id)));
    }

    /** The next cursor holds the order and the position the repository says the next page starts at. */
    @Override
    public Either<ApplicationError, StatusPageResult<T>> list(ListStatusesQuery<S, D> query) {
        return ports.validator()
                .check(query)
                .flatMap(q -> optionalScope(q.tenant(), q.scope()))
                .flatMap(scope -> Option.of(query.cursor())
                        .map(cursor -> Cursors.position(cursor, query.tenant(), query.effectiveOrder())
                                .map(Option::some))
                        .getOrElse(Either.right(Option.none()))
                        .flatMap(after -> page(query, scope, after)));
    }

    private Either<ApplicationError, StatusPageResult<T>> page(
            ListStatusesQuery<S, D> query, Option<S> scope, Option<ListPosition> after) {
        ListOrder order = query.effectiveOrder();
        var kind = ports.kind();
        var repository = ports.repository();
        var tenant = query.tenant();
        return repository
                .page(
                        new ListRequest<>(tenant, scope, query.filter(), order, after, query.effectivePageSize()),
                        status -> ListPosition.of(order, kind, status))
                .flatMap(page -> (query.withCount()
                                ? repository
                                        .count(tenant, scope, query.filter())
                                        .map(Option::some)
                                : Either.<ApplicationError, Option<Long>>right(Option.none()))
                        .map(count -> new StatusPageResult<>(
                                page.items(), page.next().map(next -> Cursors.after(tenant, order, next)), count)));
    }

    @Override
    public Either<ApplicationError, StatusSummaryResult<S>> summarize(SummarizeStatusesQuery<S> query) {
        return ports.validator()
                .check(query)
                .flatMap(q -> optionalScope(q.tenant(), q.scope()))
                .flatMap(scope -> ports.repository().summarize(query.tenant(), scope))
                .map(counts -> new StatusSummaryResult<>(
                        counts.sorted(Comparator.comparing((StateCount<S> c) -> String.valueOf(c.scope()))
                                .thenComparing(StateCount::property)
                                .thenComparing(StateCount::value))));
    }

    private Either<ApplicationError, Option<S>> optionalScope(TenantId tenant, S scope) {
        return scope == null
                ? Either.right(Option.none())
                : ports.checkScopeIn(tenant, scope).map(Option::some);
    }
}
