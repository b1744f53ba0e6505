package io.devicestatus.adapter.sql;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.NaturalKey;
import io.devicestatus.application.model.StateCount;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.StatusKind;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.model.Write;
import io.devicestatus.application.port.out.ListRequest;
import io.devicestatus.application.port.out.StatusRepository;
import io.devicestatus.domain.common.TenantId;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.TableField;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * One status table behind the repository port, written once for the three types; {@link StatusRows} maps each.
 *
 * <p>Tenants: every statement names the tenant it works in ({@code tenant_id = ?} in each WHERE, {@code tenant_id} in
 * each inserted row), taken from the scope, the natural key's scope, the status's scope or the request. A stored row
 * is known by its tenant and id ({@link RowId}): the same id in two tenants is two rows.
 *
 * <p>How a {@link #writeAll} stays atomic, ordered and checked:
 * <ol>
 *   <li>In a savepoint (inside a unit of work) or a transaction of its own.</li>
 *   <li>The rows of every id updated are read {@code FOR UPDATE}, in id order (so concurrent batches lock in the
 *       same order). Under those locks the versions are checked in Java, in write order: a missing status or a
 *       version mismatch is answered before anything is written. A batch of inserts only (a first import) reads
 *       nothing.</li>
 *   <li>Runs of inserts and runs of updates become one JDBC batch each, in write order.</li>
 *   <li>An id or natural key taken is found by the unique constraints. The savepoint is rolled back, and the batch
 *       is replayed in Java against the stored ids and the keys' holders to name the write and the holder in the
 *       {@code Conflict}.</li>
 * </ol>
 */
final class JooqStatusRepository<T, S, D, R extends Record> implements StatusRepository<T, S, D> {

    /** Rows per JDBC batch, and ids or keys per IN list (well inside every vendor's bind-value limit). */
    private static final int ROWS_PER_STATEMENT = 1000;

    /**
     * The fewest rows PostgreSQL gets as a {@code COPY}: it takes two round trips where an {@code INSERT} takes one, so
     * a create of one status is an {@code INSERT}.
     */
    private static final int COPY_FROM_ROWS = 16;

    private static final int DEADLOCK_ATTEMPTS = 3;

    private final StatusRows<T, S, D, R> rows;
    private final StatusColumns<R> columns;
    private final JooqTransaction transactions;
    private final StatusKind<T, S, D> kind;
    /** Pages, counts and summaries. */
    private final JooqStatusQueries<T, S, D, R> queries;
    /** {@link StatusRows#writtenColumns()}, computed once. */
    private final List<Field<?>> writtenColumns;
    /** Counts the rows inserted, whose statistics PostgreSQL's planner needs (see {@link PostgresStatistics}). */
    private final IntConsumer insertCounter;

    JooqStatusRepository(StatusRows<T, S, D, R> rows, JooqTransaction transactions) {
        this.rows = Objects.requireNonNull(rows, "rows");
        this.columns = rows.columns();
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.kind = rows.kind();
        this.queries = new JooqStatusQueries<>(rows, transactions);
        this.writtenColumns = rows.writtenColumns();
        // the columns lookups are planned on: the primary key's and the natural key's
        this.insertCounter = transactions.insertCounter(
                columns.table(),
                List.<Field<?>>of(columns.tenantId(), columns.id()).appendAll(rows.naturalKeyColumns()));
    }

    /** A stored row's identity: ids are unique per tenant only. */
    private record RowId(TenantId tenant, String id) {

        static final Comparator<RowId> ORDER =
                Comparator.comparing((RowId row) -> row.tenant().toString()).thenComparing(RowId::id);
    }

    @Override
    public Either<ApplicationError, Option<Versioned<T>>> findById(S scope, String id) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(id, "id");
        return SqlErrors.guard(
                "reading a " + kind.graphType(),
                () -> Either.right(transactions.read(dsl -> Option.ofOptional(dsl.selectFrom(columns.table())
                                .where(rows.within(scope), columns.id().eq(id))
                                .fetchOptional())
                        .map(rows::versioned))));
    }

    private boolean inScope(Versioned<T> stored, S scope) {
        return kind.scope(stored.value()).equals(scope);
    }

    @Override
    public Either<ApplicationError, Map<NaturalKey<S>, Versioned<T>>> findByNaturalKeys(Set<NaturalKey<S>> keys) {
        Objects.requireNonNull(keys, "keys");
        if (keys.isEmpty()) {
            return Either.right(HashMap.empty());
        }
        return SqlErrors.guard(
                "reading " + kind.graphType() + " statuses by natural key",
                () -> Either.right(transactions.read(dsl -> holders(dsl, keys))));
    }

    @Override
    public Either<ApplicationError, Seq<Versioned<T>>> writeAll(Seq<Write<T>> writes) {
        Objects.requireNonNull(writes, "writes");
        if (writes.isEmpty()) {
            return Either.right(List.empty());
        }
        return SqlErrors.guard(
                "writing " + kind.graphType() + " statuses",
                () -> retriedAlone(() -> {
                    try {
                        return transactions.atomically(dsl -> write(dsl, writes));
                    } catch (DataAccessException e) {
                        if (!SqlErrors.isUniqueViolation(e)) {
                            throw e;
                        }
                        return Either.left(transactions.read(dsl -> conflictIn(dsl, writes)));
                    }
                }));
    }

    @Override
    public Either<ApplicationError, Versioned<T>> delete(S scope, String id, Option<Long> expectedVersion) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        var row = new RowId(kind.tenant(scope), id);
        return SqlErrors.guard(
                "deleting a " + kind.graphType(),
                () -> retriedAlone(() -> transactions.atomically(dsl -> {
                    var stored = lockedRows(dsl, List.of(row)).get(row).filter(found -> inScope(found, scope));
                    if (stored.isEmpty()) {
                        return Either.left(new ApplicationError.NotFound(kind.graphType(), id));
                    }
                    long version = stored.get().version();
                    if (expectedVersion.exists(expected -> expected != version)) {
                        return Either.left(new ApplicationError.VersionMismatch(
                                kind.graphType(), id, expectedVersion.get(), Option.some(version)));
                    }
                    dsl.deleteFrom(columns.table())
                            .where(
                                    columns.tenantId().eq(row.tenant()),
                                    columns.id().eq(id))
                            .execute();
                    return Either.right(stored.get());
                })));
    }

    @Override
    public Either<ApplicationError, Seq<Versioned<T>>> list(ListRequest<S, D> request) {
        return queries.list(request);
    }

    @Override
    public Either<ApplicationError, Long> count(TenantId tenant, Option<S> scope, StatusFilter<D> filter) {
        return queries.count(tenant, scope, filter);
    }

    @Override
    public Either<ApplicationError, Seq<StateCount<S>>> summarize(TenantId tenant, Option<S> scope) {
        return queries.summarize(tenant, scope);
    }

    // --- writing ---------------------------------------------------------------------------------------------------

    private Either<ApplicationError, Seq<Versioned<T>>> write(DSLContext dsl, Seq<Write<T>> writes) {
        // Only updated rows are locked and checked here; an insert's id is checked by the primary key.
        var updated = writes.filter(w -> w instanceof Write.Update)
                .map(w -> rowId(w.status()))
                .distinct();
        var stored = lockedRows(dsl, updated);
        var planned = plan(stored.mapValues(Versioned::version), writes);
        if (planned.isRight()) {
            execute(dsl, planned.get());
        }
        return planned.map(written -> written.map(Write::status));
    }

    /** The statuses as written, each paired with its write, checked against the stored versions in write order. */
    private Either<ApplicationError, Seq<Write<Versioned<T>>>> plan(Map<RowId, Long> stored, Seq<Write<T>> writes) {
        var versions = new java.util.HashMap<>(stored.toJavaMap());
        var planned = new ArrayList<Write<Versioned<T>>>(writes.size());
        for (Write<T> write : writes) {
            RowId row = rowId(write.status());
            Long current = versions.get(row);
            if (write instanceof Write.Insert<T>) {
                if (current != null) {
                    return Either.left(idTaken(row.id()));
                }
                versions.put(row, Versioned.FIRST);
                planned.add(new Write.Insert<>(new Versioned<>(write.status(), Versioned.FIRST)));
            } else {
                long expected = ((Write.Update<T>) write).expectedVersion();
                if (current == null) {
                    return Either.left(new ApplicationError.NotFound(kind.graphType(), row.id()));
                }
                if (current != expected) {
                    return Either.left(new ApplicationError.VersionMismatch(
                            kind.graphType(), row.id(), expected, Option.some(current)));
                }
                versions.put(row, expected + 1);
                planned.add(new Write.Update<>(new Versioned<>(write.status(), expected + 1), expected));
            }
        }
        return Either.right(List.ofAll(planned));
    }

    /** Runs of inserts and runs of updates as JDBC batches, in write order. */
    private void execute(DSLContext dsl, Seq<Write<Versioned<T>>> planned) {
        Seq<Write<Versioned<T>>> rest = planned;
        while (!rest.isEmpty()) {
            boolean inserts = rest.head() instanceof Write.Insert;
            var run = rest.takeWhile(w -> (w instanceof Write.Insert) == inserts);
            rest = rest.drop(run.size());
            for (var chunk : run.grouped(ROWS_PER_STATEMENT)) {
                if (inserts) {
                    insert(dsl, chunk.map(Write::status));
                } else {
                    update(dsl, chunk.map(w -> (Write.Update<Versioned<T>>) w));
                }
            }
        }
    }

    /**
     * One statement for the run: on PostgreSQL a {@code COPY} ({@link PostgresCopy}) from {@link #COPY_FROM_ROWS}
     * rows, else a multi-row {@code INSERT ... VALUES}. Each row carries its status's tenant ({@link #writtenColumns}
     * holds {@code tenant_id}).
     */
    private void insert(DSLContext dsl, Seq<Versioned<T>> statuses) {
        var records = statuses.map(this::record);
        insertCounter.accept(records.size());
        if (dsl.family() == SQLDialect.POSTGRES && records.size() >= COPY_FROM_ROWS) {
            PostgresCopy.insert(dsl, columns.table(), writtenColumns, records);
            return;
        }
        var insert = dsl.insertInto(columns.table(), writtenColumns.toJavaList());
        for (R record : records) {
            insert = insert.values(writtenColumns.<Object>map(record::get).toJavaList());
        }
        insert.execute();
    }

    /** One batch of {@code UPDATE ... WHERE tenant_id = ? AND id = ? AND version = ?}; a status never changes tenant. */
    private void update(DSLContext dsl, Seq<Write.Update<Versioned<T>>> updates) {
        var assigned =
                writtenColumns.filter(column -> !column.equals(columns.id()) && !column.equals(columns.tenantId()));
        var assignments = new LinkedHashMap<Field<?>, Object>();
        assigned.forEach(column -> assignments.put(column, DSL.val(null, column)));
        // The column default: the database's clock, rendered the same on every vendor.
        assignments.put(columns.updatedAt(), DSL.defaultValue(columns.updatedAt()));
        var batch = dsl.batch(dsl.update(columns.table())
                .set(assignments)
                .where(columns.tenantId().eq(DSL.val(null, columns.tenantId())))
                .and(columns.id().eq(DSL.val((String) null)))
                .and(columns.version().eq(DSL.val((Long) null))));
        for (var update : updates) {
            // Bind values in SQL order: the SET list, then the WHERE clause's tenant, id and expected version.
            R record = record(update.status());
            RowId row = rowId(update.status().value());
            batch = batch.bind(assigned.<Object>map(record::get)
                    .append(row.tenant())
                    .append(row.id())
                    .append(update.expectedVersion())
                    .toJavaArray());
        }
        for (int count : batch.execute()) {
            // Drivers may answer SUCCESS_NO_INFO (-2) for a batch; 0 cannot happen under the row locks held.
            if (count == 0) {
                throw new IllegalStateException("an update under a row lock changed no row");
            }
        }
    }

    /** {@code status} as a row at its version. */
    private R record(Versioned<T> status) {
        R record = rows.toRecord(status.value());
        record.set(columns.version(), status.version());
        return record;
    }

    // --- reading ---------------------------------------------------------------------------------------------------

    /** The stored statuses of {@code ids}, read {@code FOR UPDATE} in (tenant, id) order, the primary key's. */
    private Map<RowId, Versioned<T>> lockedRows(DSLContext dsl, Seq<RowId> ids) {
        return storedRows(dsl, ids, true);
    }

    /** The stored statuses of {@code ids}; locked in (tenant, id) order when {@code forUpdate}. */
    private Map<RowId, Versioned<T>> storedRows(DSLContext dsl, Seq<RowId> ids, boolean forUpdate) {
        Map<RowId, Versioned<T>> found = HashMap.empty();
        for (var ofTenant :
                ids.sorted(RowId.ORDER).groupBy(RowId::tenant).toList().sortBy(tenant -> tenant._1.toString())) {
            for (var chunk : ofTenant._2.map(RowId::id).grouped(ROWS_PER_STATEMENT)) {
                var stored = byKey(dsl, ofTenant._1, List.of(columns.id()), chunk.map(List::of), forUpdate);
                found = found.merge(HashMap.ofEntries(stored.map(v -> Tuple.of(rowId(v.value()), v))));
            }
        }
        return found;
    }

    /** Who holds each of {@code keys}, each looked up in its own scope's tenant; keys nobody holds are left out. */
    private Map<NaturalKey<S>, Versioned<T>> holders(DSLContext dsl, Set<NaturalKey<S>> keys) {
        var keyColumns = rows.naturalKeyColumns();
        Map<NaturalKey<S>, Versioned<T>> found = HashMap.empty();
        for (var ofTenant : keys.toList().groupBy(key -> kind.tenant(key.scope()))) {
            for (var chunk : ofTenant._2.grouped(ROWS_PER_STATEMENT)) {
                var values = chunk.map(rows::naturalKeyValues);
                for (var stored : byKey(dsl, ofTenant._1, keyColumns, values, false)) {
                    var key = kind.naturalKey(stored.value());
                    if (key.exists(keys::contains)) {
                        found = found.put(key.get(), stored);
                    }
                }
            }
        }
        return found;
    }

    /**
     * The rows of {@code tenant} holding {@code keys} of the unique key {@code keyColumns} (after {@code tenant_id}),
     * each key its values in column order. With {@code forUpdate}, locked in the order of {@code keys}.
     */
    private Seq<Versioned<T>> byKey(
            DSLContext dsl,
            TenantId tenant,
            List<TableField<R, String>> keyColumns,
            Seq<List<String>> keys,
            boolean forUpdate) {
        // A single-column key as a plain IN list, which every planner turns into an index lookup.
        Condition held = keyColumns.size() == 1
                ? keyColumns.head().in(keys.map(List::head).toJavaList())
                : DSL.row(keyColumns.toJavaList())
                        .in(keys.map(key -> DSL.row(key.toJavaList())).toJavaList());
        var select = dsl.selectFrom(columns.table()).where(columns.tenantId().eq(tenant), held);
        return List.ofAll(
                forUpdate
                        ? select.orderBy(keyColumns.toJavaList()).forUpdate().fetch(rows::versioned)
                        : select.fetch(rows::versioned));
    }

    /**
     * The {@code Conflict} a unique violation in {@code writes} stands for, found by replaying them against the
     * stored ids and key holders. A violation the replay cannot explain was caused by a concurrent writer that has
     * moved on since: the conflict is then answered without a holder.
     */
    private ApplicationError conflictIn(DSLContext dsl, Seq<Write<T>> writes) {
        var ids = writes.map(w -> rowId(w.status())).distinct();
        var keys = HashSet.ofAll(writes.flatMap(w -> kind.naturalKey(w.status())));
        var keyOfId = new java.util.HashMap<>(storedRows(dsl, ids, false)
                .mapValues(stored -> kind.naturalKey(stored.value()))
                .toJavaMap());
        var holderOfKey = new java.util.HashMap<NaturalKey<S>, RowId>();
        holders(dsl, keys).forEach((key, holder) -> holderOfKey.put(key, rowId(holder.value())));
        for (Write<T> write : writes) {
            RowId row = rowId(write.status());
            if (write instanceof Write.Insert<T> && keyOfId.containsKey(row)) {
                return idTaken(row.id());
            }
            var oldKey = keyOfId.getOrDefault(row, Option.none());
            oldKey.filter(key -> row.equals(holderOfKey.get(key))).forEach(holderOfKey::remove);
            var newKey = kind.naturalKey(write.status());
            if (newKey.isDefined()) {
                RowId holder = holderOfKey.get(newKey.get());
                if (holder != null && !holder.equals(row)) {
                    return new ApplicationError.Conflict(
                            kind.graphType(), kind.describe(newKey.get()), Option.some(holder.id()));
                }
                holderOfKey.put(newKey.get(), row);
            }
            keyOfId.put(row, newKey);
        }
        return new ApplicationError.Conflict(
                kind.graphType(), "an id or natural key of this batch (taken by a concurrent writer)", Option.none());
    }

    private RowId rowId(T status) {
        return new RowId(kind.tenant(kind.scope(status)), kind.id(status));
    }

    private ApplicationError idTaken(String id) {
        return new ApplicationError.Conflict(kind.graphType(), "id '" + id + "'", Option.some(id));
    }

    /**
     * Runs a write again when the database chose it as a deadlock victim (or failed to serialize it), up to
     * {@link #DEADLOCK_ATTEMPTS} times, but only when it is a transaction of its own: the database rolled it back
     * whole, so a retry is safe. Inside a unit of work the whole unit is lost, and the failure goes to its caller.
     * MariaDB needs this: concurrent inserts of one unique key can deadlock on its gap locks even at READ COMMITTED.
     */
    private <X> Either<ApplicationError, X> retriedAlone(Supplier<Either<ApplicationError, X>> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (DataAccessException e) {
                if (attempt >= DEADLOCK_ATTEMPTS || transactions.inUnit() || !SqlErrors.isConcurrencyFailure(e)) {
                    throw e;
                }
            }
        }
    }
}
