package io.devicestatus.adapter.memory;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.NaturalKey;
import io.devicestatus.application.model.StateCount;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.StatusKind;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.model.Write;
import io.devicestatus.application.port.out.ListPosition;
import io.devicestatus.application.port.out.ListRequest;
import io.devicestatus.application.port.out.StatusRepository;
import io.devicestatus.domain.common.TenantId;
import io.vavr.Tuple;
import io.vavr.Tuple3;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One status type's table in memory, partitioned by tenant: per tenant, statuses by id and by (report time, id), both
 * sorted for keyset paging, and an index of natural keys. A call only ever touches the partition of the tenant it
 * names, so ids and keys are per tenant by construction.
 * Every method holds the store's lock; writes register their undo with the running transaction, if any.
 */
final class InMemoryStatusRepository<T, S, D> implements StatusRepository<T, S, D> {

    private final InMemoryDatabase database;
    private final StatusKind<T, S, D> kind;
    private final java.util.Map<TenantId, Partition<T, S>> partitions = new HashMap<>();

    InMemoryStatusRepository(InMemoryDatabase database, StatusKind<T, S, D> kind) {
        this.database = Objects.requireNonNull(database, "database");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    public Either<ApplicationError, Option<Versioned<T>>> findById(S scope, String id) {
        return database.locked(() -> Either.right(inScope(scope, id)));
    }

    private Option<Versioned<T>> inScope(S scope, String id) {
        return Option.of(partition(kind.tenant(scope)).byId.get(id))
                .filter(stored -> kind.scope(stored.value()).equals(scope));
    }

    /** The tenant's partition; an empty one, not kept, when the tenant has none yet. */
    private Partition<T, S> partition(TenantId tenant) {
        return partitions.getOrDefault(tenant, new Partition<>());
    }

    /** The partition of the tenant {@code status} belongs to, made when it is the tenant's first. */
    private Partition<T, S> partitionOf(T status) {
        return partitions.computeIfAbsent(kind.tenant(kind.scope(status)), tenant -> new Partition<>());
    }

    @Override
    public Either<ApplicationError, Map<NaturalKey<S>, Versioned<T>>> findByNaturalKeys(Set<NaturalKey<S>> keys) {
        return database.locked(() -> Either.right(LinkedHashMap.ofEntries(keys.flatMap(key -> {
            var partition = partition(kind.tenant(key.scope()));
            return Option.of(partition.idByKey.get(key)).map(id -> Tuple.of(key, partition.byId.get(id)));
        }))));
    }

    @Override
    public Either<ApplicationError, Seq<Versioned<T>>> writeAll(Seq<Write<T>> writes) {
        Objects.requireNonNull(writes, "writes");
        return database.locked(() -> {
            var undo = new ArrayList<Runnable>();
            var stored = new ArrayList<Versioned<T>>(writes.size());
            for (Write<T> write : writes) {
                var result =
                        write instanceof Write.Update<T> update ? update(update, undo) : insert(write.status(), undo);
                if (result.isLeft()) {
                    List.ofAll(undo).reverse().forEach(Runnable::run);
                    return Either.left(result.getLeft());
                }
                stored.add(result.get());
            }
            undo.forEach(database::onRollback);
            return Either.right(List.ofAll(stored));
        });
    }

    private Either<ApplicationError, Versioned<T>> insert(T status, java.util.List<Runnable> undo) {
        var id = kind.id(status);
        if (partitionOf(status).byId.containsKey(id)) {
            return Either.left(new ApplicationError.Conflict(kind.graphType(), "id '" + id + "'", Option.some(id)));
        }
        var key = kind.naturalKey(status);
        var taken = keyTaken(key, id);
        if (taken.isDefined()) {
            return Either.left(taken.get());
        }
        var row = new Versioned<>(status, Versioned.FIRST);
        put(row, Option.none(), undo);
        return Either.right(row);
    }

    private Either<ApplicationError, Versioned<T>> update(Write.Update<T> write, java.util.List<Runnable> undo) {
        var id = kind.id(write.status());
        var before = partitionOf(write.status()).byId.get(id);
        if (before == null) {
            return Either.left(new ApplicationError.NotFound(kind.graphType(), id));
        }
        if (before.version() != write.expectedVersion()) {
            return Either.left(new ApplicationError.VersionMismatch(
                    kind.graphType(), id, write.expectedVersion(), Option.some(before.version())));
        }
        var taken = keyTaken(kind.naturalKey(write.status()), id);
        if (taken.isDefined()) {
            return Either.left(taken.get());
        }
        var row = before.next(write.status());
        put(row, Option.some(before), undo);
        return Either.right(row);
    }

    private Option<ApplicationError> keyTaken(Option<NaturalKey<S>> key, String id) {
        return key.flatMap(k -> Option.of(
                        partition(kind.tenant(k.scope())).idByKey.get(k))
                .filter(holder -> !holder.equals(id))
                .map(holder -> new ApplicationError.Conflict(kind.graphType(), kind.describe(k), Option.some(holder))));
    }

    /**
     * Stores {@code row} in place of {@code before} (none for an insert) and appends how to take that back to
     * {@code undo}, which is kept oldest first: it is run in reverse, or handed to the transaction's log in order.
     */
    private void put(Versioned<T> row, Option<Versioned<T>> before, java.util.List<Runnable> undo) {
        before.forEach(this::unstore);
        store(row);
        undo.add(() -> {
            unstore(row);
            before.forEach(this::store);
        });
    }

    /** Adds {@code row} under its id, its report time and its natural key. */
    private void store(Versioned<T> row) {
        var id = kind.id(row.value());
        var partition = partitionOf(row.value());
        partition.byId.put(id, row);
        partition.byReportTime.put(reportKey(row.value()), row);
        kind.naturalKey(row.value()).forEach(key -> partition.idByKey.put(key, id));
    }

    /** Removes {@code row} from under its id, its report time and its natural key. */
    private void unstore(Versioned<T> row) {
        var partition = partitionOf(row.value());
        partition.byId.remove(kind.id(row.value()));
        partition.byReportTime.remove(reportKey(row.value()));
        kind.naturalKey(row.value()).forEach(partition.idByKey::remove);
    }

    private ReportKey reportKey(T status) {
        return new ReportKey(kind.reportTime(status).instant(), kind.id(status));
    }

    @Override
    public Either<ApplicationError, Versioned<T>> delete(S scope, String id, Option<Long> expectedVersion) {
        return database.locked(() -> {
            var found = inScope(scope, id);
            if (found.isEmpty()) {
                return Either.left(new ApplicationError.NotFound(kind.graphType(), id));
            }
            var before = found.get();
            if (expectedVersion.exists(v -> v != before.version())) {
                return Either.left(new ApplicationError.VersionMismatch(
                        kind.graphType(), id, expectedVersion.get(), Option.some(before.version())));
            }
            unstore(before);
            database.onRollback(() -> store(before));
            return Either.right(before);
        });
    }

    @Override
    public Either<ApplicationError, Seq<Versioned<T>>> list(ListRequest<S, D> request) {
        Objects.requireNonNull(request, "request");
        var after = request.after();
        return database.locked(() -> {
            var partition = partition(request.tenant());
            var byId = partition.byId;
            var byReportTime = partition.byReportTime;
            Collection<Versioned<T>> ordered = switch (request.order()) {
                case ID ->
                    after.map(p -> byId.tailMap(p.id(), false)).getOrElse(byId).values();
                case REPORT_TIME_ASC ->
                    after.map(p -> byReportTime.tailMap(ReportKey.of(p), false))
                            .getOrElse(byReportTime)
                            .values();
                case REPORT_TIME_DESC ->
                    after.map(p -> byReportTime.headMap(ReportKey.of(p), false))
                            .getOrElse(byReportTime)
                            .descendingMap()
                            .values();
            };
            return Either.right(List.ofAll(ordered.stream()
                    .filter(row -> passes(row, request.scope(), request.filter()))
                    .limit(request.limit())
                    .toList()));
        });
    }

    @Override
    public Either<ApplicationError, Long> count(TenantId tenant, Option<S> scope, StatusFilter<D> filter) {
        return database.locked(() -> Either.right(partition(tenant).byId.values().stream()
                .filter(row -> passes(row, scope, filter))
                .count()));
    }

    private boolean passes(Versioned<T> row, Option<S> scope, StatusFilter<D> filter) {
        return scope.forAll(s -> s.equals(kind.scope(row.value()))) && filter.test(row.value(), kind::toDraft);
    }

    @Override
    public Either<ApplicationError, Seq<StateCount<S>>> summarize(TenantId tenant, Option<S> scope) {
        return database.locked(() -> {
            var counts = new java.util.LinkedHashMap<Tuple3<S, String, String>, Long>();
            for (Versioned<T> row : partition(tenant).byId.values()) {
                var rowScope = kind.scope(row.value());
                if (scope.forAll(rowScope::equals)) {
                    kind.stateValues(row.value())
                            .forEach(state -> counts.merge(Tuple.of(rowScope, state._1, state._2), 1L, Long::sum));
                }
            }
            return Either.right(List.ofAll(counts.entrySet())
                    .map(e -> new StateCount<>(e.getKey()._1, e.getKey()._2, e.getKey()._3, e.getValue())));
        });
    }

    /** One tenant's statuses: by id and by report time for keyset paging, and its natural keys. */
    private static final class Partition<T, S> {
        final NavigableMap<String, Versioned<T>> byId = new TreeMap<>();
        final NavigableMap<ReportKey, Versioned<T>> byReportTime = new TreeMap<>();
        final java.util.Map<NaturalKey<S>, String> idByKey = new HashMap<>();
    }

    /** A status's place in the report-time orders: its report time as an instant, then its id. */
    private record ReportKey(Instant time, String id) implements Comparable<ReportKey> {

        static ReportKey of(ListPosition position) {
            return new ReportKey(position.reportTime().get(), position.id());
        }

        @Override
        public int compareTo(ReportKey other) {
            int byTime = time.compareTo(other.time);
            return byTime != 0 ? byTime : id.compareTo(other.id);
        }
    }
}
