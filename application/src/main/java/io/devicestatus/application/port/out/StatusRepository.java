package io.devicestatus.application.port.out;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.NaturalKey;
import io.devicestatus.application.model.StateCount;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.StatusKind;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.model.Write;
import io.devicestatus.domain.common.TenantId;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Function;

/**
 * Storage of one status type, with optimistic concurrency, kept apart per tenant: every status belongs to the tenant
 * of its scope, and every call reads, writes, counts and pages within the tenant it names (through a scope, a natural
 * key's scope, a status's scope, or a {@link TenantId}). The same id or natural key in two tenants is two unrelated
 * statuses, and nothing one tenant's call answers or changes ever belongs to another.
 *
 * <p>Optimistic concurrency: every stored status has a {@link Versioned version}, and
 * every change names the version it expects. Implementations are thread-safe. Every method answers with an
 * {@link ApplicationError} rather than throwing: a store that cannot answer says {@code Unavailable}.
 *
 * <p>A store behind another device-status service (the Graph store talking to this project's server) has that
 * service judge every write again by the domain's rules; the application only writes moves the rules allow, so this
 * costs it nothing, but such a store refuses a move the lifecycle forbids (as a {@code Conflict}).
 *
 * <p>An adapter's {@link StatusStore} gives one repository per status type.
 *
 * @param <T> the status type
 * @param <S> its scope
 * @param <D> its draft, which its filter reads
 */
public interface StatusRepository<T, S, D> {

    /**
     * The status with that id in that scope; none when there is none, or when it belongs to another scope. (Graph
     * addresses an app-configuration or app-install status only under its parent, so a remote store cannot look an
     * id up in every scope.)
     */
    Either<ApplicationError, Option<Versioned<T>>> findById(S scope, String id);

    /** The stored statuses holding any of {@code keys}, by key; keys nobody holds are left out. */
    Either<ApplicationError, Map<NaturalKey<S>, Versioned<T>>> findByNaturalKeys(Set<NaturalKey<S>> keys);

    /**
     * Applies {@code writes} in order, as if one after the other, and atomically: either all apply or none does
     * (the first refusal is answered: {@code Conflict} for an id or natural key taken, {@code VersionMismatch} for
     * an update of a status no longer at its expected version, {@code NotFound} for an update of a status that is
     * gone). On success, the stored statuses in the order of {@code writes}: an insert at version 1, an update at
     * its expected version plus one.
     */
    Either<ApplicationError, Seq<Versioned<T>>> writeAll(Seq<Write<T>> writes);

    /**
     * Removes the status with that id in that scope, if it is at {@code expectedVersion} when one is given; answers
     * the removed status, {@code NotFound} (also when the id belongs to another scope) or {@code VersionMismatch}.
     */
    Either<ApplicationError, Versioned<T>> delete(S scope, String id, Option<Long> expectedVersion);

    /**
     * One page of the statuses that pass the request's scope and filter, in the request's {@link ListOrder order},
     * starting strictly after the request's position ({@link ListRequest#after()}; none: at the first status).
     *
     * <ul>
     *   <li>{@link ListOrder#ID}: by id, ascending.</li>
     *   <li>{@link ListOrder#REPORT_TIME_ASC}: by {@link StatusKind#reportTime report time}, then by id, both
     *       ascending; {@link ListOrder#REPORT_TIME_DESC}: both descending. Report times compare as instants, to
     *       100 ns: the same instant written with different offsets is one time, and ties go by id.</li>
     * </ul>
     *
     * <p>Keyset paging: the page holds the first {@code limit} statuses that come after the position in that order,
     * as the store holds them now, whether or not the status at the position is still there. So statuses inserted
     * or deleted between pages neither repeat nor hide the others: an insert after the position is listed, one
     * before it is not. A status whose report time changes between pages moves in the order like a
     * delete and an insert.
     *
     * <p>Ids are case-sensitive, and ASCII ids are ordered as Java's {@code String.compareTo} orders them (a binary
     * collation in SQL); beyond ASCII any total order will do, as long as the position follows it.
     */
    Either<ApplicationError, Seq<Versioned<T>>> list(ListRequest<S, D> request);

    /**
     * {@link #list} of {@code request}, and where the next page starts when more statuses follow (none on the last
     * page). {@code positionOf} gives a status's position in the request's order.
     *
     * <p>The default asks {@link #list} for one status more than the page holds. A store that cannot seek to just any
     * position (a remote Graph service, whose lists only go on by {@code @odata.nextLink}) overrides it and hands
     * back its continuation in {@link ListPosition#resume()}; given that position again, it goes on from there.
     */
    default Either<ApplicationError, ListPage<T>> page(
            ListRequest<S, D> request, Function<? super T, ListPosition> positionOf) {
        int limit = request.limit();
        var oneMore = new ListRequest<>(
                request.tenant(),
                request.scope(),
                request.filter(),
                request.order(),
                request.after(),
                limit == Integer.MAX_VALUE ? limit : limit + 1);
        return list(oneMore).map(found -> {
            Seq<Versioned<T>> items = found.take(limit);
            return new ListPage<>(
                    items,
                    found.size() > limit
                            ? Option.some(positionOf.apply(items.last().value()))
                            : Option.none());
        });
    }

    /**
     * How many statuses of {@code tenant} pass {@code filter} in {@code scope} (every scope of the tenant when none);
     * a given scope belongs to {@code tenant}.
     */
    Either<ApplicationError, Long> count(TenantId tenant, Option<S> scope, StatusFilter<D> filter);

    /**
     * How many statuses of {@code tenant} have each value of each state property, per scope ({@code scope} only,
     * when given; it belongs to {@code tenant}), in no particular order. Values that no status has are left out.
     */
    Either<ApplicationError, Seq<StateCount<S>>> summarize(TenantId tenant, Option<S> scope);

    /** {@link #writeAll} of one insert. */
    default Either<ApplicationError, Versioned<T>> insert(T status) {
        return writeAll(List.of(new Write.Insert<>(status))).map(Seq::head);
    }

    /** {@link #writeAll} of one update. */
    default Either<ApplicationError, Versioned<T>> update(T status, long expectedVersion) {
        return writeAll(List.of(new Write.Update<>(status, expectedVersion))).map(Seq::head);
    }

    /** {@link #findByNaturalKeys} of one key. */
    default Either<ApplicationError, Option<Versioned<T>>> findByNaturalKey(NaturalKey<S> key) {
        return findByNaturalKeys(HashSet.of(key)).map(found -> found.get(key));
    }
}
