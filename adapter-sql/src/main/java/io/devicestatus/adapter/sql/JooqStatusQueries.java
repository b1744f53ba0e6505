package io.devicestatus.adapter.sql;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.StateCount;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.StatusKind;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.port.out.ListPosition;
import io.devicestatus.application.port.out.ListRequest;
import io.devicestatus.domain.common.TenantId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * {@link JooqStatusRepository}'s reads of many rows: a page in one of the list orders, a count, a summary of the
 * states. Each is one statement, in the tenant (and scope) it names, inside the current unit of work if any.
 */
final class JooqStatusQueries<T, S, D, R extends Record> {

    private static final String STATE_PROPERTY = "state_property";
    private static final String STATE_VALUE = "state_value";

    private final StatusRows<T, S, D, R> rows;
    private final StatusColumns<R> columns;
    private final JooqTransaction transactions;
    private final StatusKind<T, S, D> kind;

    JooqStatusQueries(StatusRows<T, S, D, R> rows, JooqTransaction transactions) {
        this.rows = Objects.requireNonNull(rows, "rows");
        this.columns = rows.columns();
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.kind = rows.kind();
    }

    Either<ApplicationError, Seq<Versioned<T>>> list(ListRequest<S, D> request) {
        Objects.requireNonNull(request, "request");
        return SqlErrors.guard(
                "listing " + kind.graphType() + " statuses",
                () -> Either.right(transactions.read(dsl -> List.ofAll(dsl.selectFrom(columns.table())
                        .where(
                                rows.within(request.tenant(), request.scope()),
                                rows.condition(request.filter()),
                                after(dsl.family(), request))
                        .orderBy(orderBy(request).toJavaList())
                        .limit(request.limit())
                        .fetch(rows::versioned)))));
    }

    /**
     * The request's order, led by the columns the request holds constant: {@code tenant_id}, and the scope columns
     * within one scope. They change nothing in the order, but H2 reads its index in order only for an ORDER BY that
     * starts where the index does (PostgreSQL and MariaDB see that without them), and every index starts with them.
     */
    private List<SortField<?>> orderBy(ListRequest<S, D> request) {
        ListOrder order = request.order();
        List<Field<?>> sorted = List.<Field<?>>of(columns.tenantId())
                .appendAll(request.scope().isDefined() ? columns.scopeColumns() : List.empty());
        sorted = order.byReportTime() ? sorted.append(columns.reportTicks()) : sorted;
        return sorted.append(columns.id()).map(column -> order.descending() ? column.desc() : column.asc());
    }

    /**
     * Strictly after the request's position in its order. By report time: {@code (ticks, id) > (t, i)} ({@code <}
     * descending). PostgreSQL and H2 read an index range for that row comparison; MariaDB scans the whole index for
     * it, but reads a range for the same condition written out, {@code ticks > t OR (ticks = t AND id > i)}.
     */
    private Condition after(SQLDialect family, ListRequest<S, D> request) {
        if (request.after().isEmpty()) {
            return DSL.noCondition();
        }
        ListPosition position = request.after().get();
        if (!request.order().byReportTime()) {
            return columns.id().gt(position.id());
        }
        boolean descending = request.order().descending();
        Field<Long> ticks = columns.reportTicks();
        Field<String> id = columns.id();
        long afterTicks = SqlTime.ticks(position.reportTime().get());
        if (family == SQLDialect.MARIADB) {
            return descending
                    ? ticks.lt(afterTicks).or(ticks.eq(afterTicks).and(id.lt(position.id())))
                    : ticks.gt(afterTicks).or(ticks.eq(afterTicks).and(id.gt(position.id())));
        }
        var row = DSL.row(ticks, id);
        return descending ? row.lt(afterTicks, position.id()) : row.gt(afterTicks, position.id());
    }

    Either<ApplicationError, Long> count(TenantId tenant, Option<S> scope, StatusFilter<D> filter) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(filter, "filter");
        return SqlErrors.guard(
                "counting " + kind.graphType() + " statuses",
                () -> Either.right(transactions.read(dsl ->
                        (long) dsl.fetchCount(columns.table(), rows.within(tenant, scope), rows.condition(filter)))));
    }

    /**
     * One {@code GROUP BY} over the state columns stacked by {@code UNION ALL} (one branch per state property), so
     * that iOS's two state properties are counted in one pass without GROUPING SETS, which MariaDB lacks.
     */
    Either<ApplicationError, Seq<StateCount<S>>> summarize(TenantId tenant, Option<S> scope) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(scope, "scope");
        return SqlErrors.guard(
                "summarizing " + kind.graphType() + " statuses",
                () -> Either.right(transactions.read(dsl -> {
                    Select<Record> stacked = columns.stateColumns()
                            .map(state -> dsl.select(List.<SelectField<?>>ofAll(columns.scopeColumns())
                                            .append(DSL.inline(state._1).as(STATE_PROPERTY))
                                            .append(state._2.as(STATE_VALUE))
                                            .toJavaList())
                                    .from(columns.table())
                                    .where(rows.within(tenant, scope)))
                            .map(select -> (Select<Record>) select)
                            .reduce(Select::unionAll);
                    var states = stacked.asTable("states");
                    List<Field<String>> scopeFields =
                            columns.scopeColumns().map(column -> states.field(column.getName(), String.class));
                    Field<String> property = states.field(STATE_PROPERTY, String.class);
                    Field<String> value = states.field(STATE_VALUE, String.class);
                    List<Field<?>> groups =
                            List.<Field<?>>ofAll(scopeFields).append(property).append(value);
                    return List.ofAll(dsl.select(groups.append(DSL.count()).toJavaList())
                            .from(states)
                            .groupBy(groups.toJavaList())
                            .fetch(row -> new StateCount<>(
                                    rows.scope(tenant, scopeFields.map(row::get)),
                                    row.get(property),
                                    row.get(value),
                                    row.get(groups.size(), Integer.class))));
                })));
    }
}
