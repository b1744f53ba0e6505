package io.devicestatus.application.service;

import static io.devicestatus.application.service.StatusPorts.domain;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.NaturalKey;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.model.Write;
import io.devicestatus.application.port.in.ImportItemResult;
import io.devicestatus.application.port.in.ImportItemResult.Outcome;
import io.devicestatus.application.port.in.ImportStatusCommand;
import io.devicestatus.application.port.in.ImportStatusCommand.Mode;
import io.devicestatus.application.port.in.ImportStatusesUseCase;
import io.devicestatus.application.port.in.ImportSummaryResult;
import io.devicestatus.application.port.in.ReportResult;
import io.devicestatus.domain.common.TenantId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk import in batches of {@link DeviceStatusSettings#importBatchSize()} items. Per batch:
 * <ol>
 *   <li>each item is validated alone (command constraints, scope, domain invariants, natural key for a report);
 *       an invalid item is rejected and takes no further part;</li>
 *   <li>in one transaction, the stored statuses of the batch's natural keys are read in one call, the items are
 *       applied in input order against them (so two reports of one device in one batch follow each other, and a
 *       create whose key is taken is a {@code Conflict}), and all resulting writes go in one
 *       {@link io.devicestatus.application.port.out.StatusRepository#writeAll} call;</li>
 *   <li>if another writer got in between (a version mismatch or a key taken), the batch is tried again; if it keeps
 *       losing, its items are applied one by one, so one contended item cannot keep the others out. Any other store
 *       error rejects the batch's items with that error.</li>
 * </ol>
 * Only one batch is held at a time.
 */
public final class StatusImportService<T, S, D> implements ImportStatusesUseCase<T, S, D> {

    private static final Logger LOG = LoggerFactory.getLogger(StatusImportService.class);

    private final StatusPorts<T, S, D> ports;
    private final StatusCommandService<T, S, D> commands;

    StatusImportService(StatusPorts<T, S, D> ports, StatusCommandService<T, S, D> commands) {
        this.ports = ports;
        this.commands = commands;
    }

    @Override
    public ImportSummaryResult importAll(
            TenantId tenant, Iterator<ImportStatusCommand<S, D>> items, Consumer<ImportItemResult<T>> results) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(results, "results");
        var totals = new EnumMap<Outcome, Long>(Outcome.class);
        long index = 0;
        int batchSize = ports.settings().importBatchSize();
        while (items.hasNext()) {
            var batch = new ArrayList<Item<S, D>>(batchSize);
            while (batch.size() < batchSize && items.hasNext()) {
                batch.add(new Item<>(index++, items.next()));
            }
            for (ImportItemResult<T> result : importBatch(tenant, batch)) {
                totals.merge(result.outcome(), 1L, Long::sum);
                results.accept(result);
            }
        }
        return new ImportSummaryResult(
                totals.getOrDefault(Outcome.CREATED, 0L),
                totals.getOrDefault(Outcome.ADVANCED, 0L),
                totals.getOrDefault(Outcome.UNCHANGED, 0L),
                totals.getOrDefault(Outcome.REJECTED, 0L));
    }

    private Seq<ImportItemResult<T>> importBatch(TenantId tenant, java.util.List<Item<S, D>> batch) {
        var checked =
                List.ofAll(batch).map(item -> prepare(tenant, item).mapLeft(error -> rejected(item.index(), error)));
        var valid = checked.filter(Either::isRight).map(Either::get);
        var applied = valid.isEmpty()
                ? Either.<ApplicationError, Map<Long, ImportItemResult<T>>>right(Map.of())
                : ports.retrying(
                        () -> ports.transactions().inTransaction(() -> apply(valid)), StatusCommandService::lostARace);
        Map<Long, ImportItemResult<T>> done = applied.fold(error -> fallBack(valid, error), outcome -> outcome);
        return checked.map(item -> item.fold(rejected -> rejected, ok -> done.get(ok.index())));
    }

    /** Step 1: everything that can be checked without the store. */
    private Either<ApplicationError, Prepared<S, D, T>> prepare(TenantId tenant, Item<S, D> item) {
        var kind = ports.kind();
        return ports.validator()
                .check(item.command())
                .flatMap(command -> ports.checkScopeIn(tenant, command.scope()))
                .flatMap(scope -> domain(kind.create(
                        ports.ids().newId(),
                        scope,
                        item.command().draft(),
                        ports.settings().reportTimePolicy())))
                .flatMap(candidate -> (item.command().mode() == Mode.REPORT
                                ? commands.naturalKey(candidate).map(Option::some)
                                : Either.<ApplicationError, Option<NaturalKey<S>>>right(kind.naturalKey(candidate)))
                        .map(key -> new Prepared<>(
                                item.index(),
                                item.command().mode(),
                                item.command().draft(),
                                key,
                                candidate)));
    }

    /** Step 2, inside the transaction: one read, the items in order, one write. */
    private Either<ApplicationError, Map<Long, ImportItemResult<T>>> apply(Seq<Prepared<S, D, T>> items) {
        var repository = ports.repository();
        return repository
                .findByNaturalKeys(items.flatMap(Prepared::key).toSet())
                .flatMap(stored -> {
                    var current = new HashMap<NaturalKey<S>, Versioned<T>>(stored.toJavaMap());
                    var results = new HashMap<Long, ImportItemResult<T>>();
                    var writes = new ArrayList<Write<T>>();
                    var written = new ArrayList<Prepared<S, D, T>>();
                    var outcomes = new ArrayList<Outcome>();
                    for (Prepared<S, D, T> item : items) {
                        var holder = item.key().flatMap(key -> Option.of(current.get(key)));
                        if (holder.isEmpty()) {
                            writes.add(new Write.Insert<>(item.candidate()));
                            item.key()
                                    .forEach(key ->
                                            current.put(key, new Versioned<>(item.candidate(), Versioned.FIRST)));
                            written.add(item);
                            outcomes.add(Outcome.CREATED);
                        } else if (item.mode() == Mode.CREATE) {
                            results.put(
                                    item.index(),
                                    rejected(item.index(), conflict(item.key().get(), holder.get())));
                        } else {
                            var before = holder.get();
                            var advanced = domain(ports.kind()
                                    .advance(
                                            before.value(),
                                            item.draft(),
                                            ports.settings().reportTimePolicy()));
                            if (advanced.isLeft()) {
                                results.put(item.index(), rejected(item.index(), advanced.getLeft()));
                            } else if (advanced.get().equals(before.value())) {
                                results.put(
                                        item.index(),
                                        new ImportItemResult<>(item.index(), Outcome.UNCHANGED, Either.right(before)));
                            } else {
                                writes.add(new Write.Update<>(advanced.get(), before.version()));
                                current.put(item.key().get(), before.next(advanced.get()));
                                written.add(item);
                                outcomes.add(Outcome.ADVANCED);
                            }
                        }
                    }
                    return (writes.isEmpty()
                                    ? Either.<ApplicationError, Seq<Versioned<T>>>right(List.empty())
                                    : repository.writeAll(List.ofAll(writes)))
                            .map(saved -> {
                                for (int i = 0; i < written.size(); i++) {
                                    long index = written.get(i).index();
                                    results.put(
                                            index,
                                            new ImportItemResult<>(index, outcomes.get(i), Either.right(saved.get(i))));
                                }
                                return results;
                            });
                });
    }

    /**
     * Step 3: the batch could not be written whole. After lost races, each item goes alone (with the single-item
     * retries); after any other error, each item is rejected with it.
     */
    private Map<Long, ImportItemResult<T>> fallBack(Seq<Prepared<S, D, T>> items, ApplicationError error) {
        var results = new HashMap<Long, ImportItemResult<T>>();
        boolean race = StatusCommandService.isRace(error);
        LOG.warn(
                "import batch of {} items not written whole ({}); {}",
                items.size(),
                error.message(),
                race ? "applying its items one by one" : "rejecting its items");
        for (Prepared<S, D, T> item : items) {
            results.put(item.index(), race ? alone(item) : rejected(item.index(), error));
        }
        return results;
    }

    private ImportItemResult<T> alone(Prepared<S, D, T> item) {
        if (item.mode() == Mode.CREATE) {
            return ports.repository()
                    .insert(item.candidate())
                    .fold(
                            error -> rejected(item.index(), error),
                            stored -> new ImportItemResult<>(item.index(), Outcome.CREATED, Either.right(stored)));
        }
        return commands.reportValidated(item.key().get(), item.candidate(), item.draft())
                .fold(
                        error -> rejected(item.index(), error),
                        report -> new ImportItemResult<>(
                                item.index(), outcomeOf(report.outcome()), Either.right(report.status())));
    }

    private static Outcome outcomeOf(ReportResult.Outcome outcome) {
        return Outcome.valueOf(outcome.name());
    }

    private ApplicationError conflict(NaturalKey<S> key, Versioned<T> holder) {
        var kind = ports.kind();
        return new ApplicationError.Conflict(
                kind.graphType(), kind.describe(key), Option.some(kind.id(holder.value())));
    }

    private ImportItemResult<T> rejected(long index, ApplicationError error) {
        return new ImportItemResult<>(index, Outcome.REJECTED, Either.left(error));
    }

    private record Item<S, D>(long index, ImportStatusCommand<S, D> command) {}

    /** An item that passed step 1: its validated status with a freshly minted id, and its natural key if any. */
    private record Prepared<S, D, T>(long index, Mode mode, D draft, Option<NaturalKey<S>> key, T candidate) {}
}
