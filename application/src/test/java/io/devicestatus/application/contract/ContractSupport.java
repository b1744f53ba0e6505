package io.devicestatus.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.NaturalKey;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.StatusKind;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.model.Write;
import io.devicestatus.application.port.out.ListPosition;
import io.devicestatus.application.port.out.ListRequest;
import io.devicestatus.application.port.out.StatusRepository;
import io.devicestatus.application.port.out.TransactionPort;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.TenantId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * What every part of the port contract works with: the status type's hooks, which the per-type suites implement, the
 * ports of the running test, and the helpers the tests share. {@link StatusRepositoryContract} opens the ports before
 * each test; each concern of the contract ({@link WritesContract}, {@link PagingContract}, ...) is a
 * {@link ContractPart} nested in it, which sees the same hooks and ports. Adapters extend a per-type suite
 * ({@link IosUpdateStatusRepositoryContract}, ...), never this class.
 *
 * @param <T> the status type
 * @param <S> its scope
 * @param <D> its draft, which its filter reads
 */
public abstract class ContractSupport<T, S, D> {

    /** The tenant every test writes in. */
    public static final TenantId TENANT = TenantId.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47");

    /** Another tenant, which the isolation tests show never sees nor changes {@link #TENANT}'s statuses. */
    public static final TenantId OTHER_TENANT = TenantId.fromString("f8cdef31-a31e-4b4a-93e4-5f571e91255a");

    /** Large enough to list every status a test stores in one page, small enough for any store's LIMIT. */
    static final int ONE_PAGE = 1_000;

    ContractSupport() {}

    // --- the status type: what each per-type suite implements ------------------------------------------------------

    protected abstract StatusKind<T, S, D> kind();

    /**
     * Distinct scopes of {@code tenant}, at least one; the first is where single-scope tests write. The scopes of two
     * tenants are alike but for the tenant, so that isolation tests find any store that ignores it.
     */
    protected abstract Seq<S> scopes(TenantId tenant);

    /** {@link #scopes(TenantId)} of {@link #TENANT}, where every test but the isolation tests writes. */
    protected final Seq<S> scopes() {
        return scopes(TENANT);
    }

    /**
     * A valid status reported at {@code reportTime}. Equal arguments give equal statuses; statuses of the same
     * {@code device} (when not negative) and scope have the same natural key, of different devices different keys; a
     * negative {@code device} gives a status without natural key. Different {@code variant}s give different state
     * values.
     */
    protected abstract T status(String id, S scope, int device, int variant, GraphDateTime reportTime);

    /** {@link #status(String, Object, int, int, GraphDateTime)} reported at a time of its {@code variant}'s own. */
    protected final T status(String id, S scope, int device, int variant) {
        return status(id, scope, device, variant, ContractStatuses.at(variant));
    }

    /** Filters to check list and count against {@link StatusFilter#test}: each kind of match on each property. */
    protected abstract Seq<StatusFilter<D>> sampleFilters();

    // --- the ports of the running test -----------------------------------------------------------------------------

    /** The repository under test, over a store that was empty when the test began. */
    protected abstract StatusRepository<T, S, D> repository();

    /** The repository through which the isolation tests act as {@link #OTHER_TENANT}. */
    protected abstract StatusRepository<T, S, D> otherTenant();

    /** The transactions of the store under test. */
    protected abstract TransactionPort transactions();

    /** What the store under test promises beyond the contract every store meets. */
    protected abstract StoreGuarantees guarantees();

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** The first scope of {@link #OTHER_TENANT}: where the isolation tests write as the other tenant. */
    protected final S otherScope() {
        return scopes(OTHER_TENANT).head();
    }

    /** {@link #everyScope()} for {@code tenant}. */
    final Option<S> everyScopeOf(TenantId tenant) {
        return guarantees().everyScope()
                ? Option.none()
                : Option.some(scopes(tenant).head());
    }

    /** {@link #queriedScopes()} for {@code tenant}. */
    final Seq<Option<S>> queriedScopesOf(TenantId tenant) {
        var each = scopes(tenant).map(Option::some);
        return guarantees().everyScope() ? each.prepend(Option.none()) : each;
    }

    /** No scope, when the store can query across every scope; else the first scope, where single-scope tests write. */
    protected final Option<S> everyScope() {
        return guarantees().everyScope() ? Option.none() : Option.some(scope());
    }

    /** Each scope alone, and no scope when the store can query across every scope. */
    final Seq<Option<S>> queriedScopes() {
        var each = scopes().map(Option::some);
        return guarantees().everyScope() ? each.prepend(Option.none()) : each;
    }

    protected final S scope() {
        return scopes().head();
    }

    protected static String id(int n) {
        return String.format("id-%04d", n);
    }

    /** The value of a {@code Right}; fails the test with the error otherwise. */
    protected static <R> R right(Either<ApplicationError, R> answer) {
        if (answer.isLeft()) {
            return fail("expected success, got " + answer.getLeft());
        }
        return answer.get();
    }

    /** The error of a {@code Left}; fails the test with the value otherwise. */
    protected static ApplicationError left(Either<ApplicationError, ?> answer) {
        if (answer.isRight()) {
            return fail("expected an error, got " + answer.get());
        }
        return answer.getLeft();
    }

    protected final NaturalKey<S> key(T status) {
        return kind().naturalKey(status).getOrElseThrow(() -> new AssertionError("no natural key: " + status));
    }

    protected final Seq<String> ids(Seq<Versioned<T>> statuses) {
        return statuses.map(v -> kind().id(v.value()));
    }

    protected final long count() {
        return right(repository().count(TENANT, everyScope(), StatusFilter.any()));
    }

    protected final Seq<Versioned<T>> listAll() {
        return listAll(everyScope(), StatusFilter.any());
    }

    final Seq<Versioned<T>> listAll(Option<S> scope, StatusFilter<D> filter) {
        return listAll(scope, filter, ListOrder.ID);
    }

    final Seq<Versioned<T>> listAll(Option<S> scope, StatusFilter<D> filter, ListOrder order) {
        var page = list(scope, filter, order, Option.none(), ONE_PAGE);
        assertThat(page.size()).as("the test stores fewer than one page").isLessThan(ONE_PAGE);
        return page;
    }

    final Seq<Versioned<T>> list(Option<S> scope, StatusFilter<D> filter, Option<String> afterId, int limit) {
        return list(scope, filter, ListOrder.ID, afterId.map(ListPosition::afterId), limit);
    }

    final Seq<Versioned<T>> list(
            Option<S> scope, StatusFilter<D> filter, ListOrder order, Option<ListPosition> after, int limit) {
        var page = right(repository().list(new ListRequest<>(TENANT, scope, filter, order, after, limit)));
        assertThat(page.size()).as("a page holds at most its limit").isLessThanOrEqualTo(limit);
        return page;
    }

    final Seq<Versioned<T>> pagedBy(int limit, Option<S> scope, StatusFilter<D> filter) {
        return pagedBy(limit, scope, filter, ListOrder.ID);
    }

    /** Every page of {@code limit} statuses, each page starting after the last status of the one before. */
    final Seq<Versioned<T>> pagedBy(int limit, Option<S> scope, StatusFilter<D> filter, ListOrder order) {
        Seq<Versioned<T>> all = List.empty();
        Option<ListPosition> after = Option.none();
        for (int pages = 0; pages < ONE_PAGE; pages++) {
            var page = list(scope, filter, order, after, limit);
            all = all.appendAll(page);
            if (page.size() < limit) {
                return all;
            }
            after = Option.some(position(order, page.last()));
        }
        return fail("paging did not end");
    }

    /** Where a page in {@code order} after {@code last} starts. */
    final ListPosition position(ListOrder order, Versioned<T> last) {
        return ListPosition.of(order, kind(), last.value());
    }

    /** 90 statuses spread over the scopes, devices and variants; every tenth has no natural key. */
    final Seq<Versioned<T>> storeAMix() {
        var writes = List.range(0, 90).map(n -> (Write<T>)
                new Write.Insert<>(status(id(n), scopes().get(n % scopes().size()), n % 10 == 9 ? -1 : n, n * 7 % 31)));
        return right(repository().writeAll(writes));
    }

    /** A conflict; when the adapter names the holder (it may not), it names {@code holder}. */
    protected final void assertConflict(ApplicationError error, String holder) {
        assertThat(error).isInstanceOf(ApplicationError.Conflict.class);
        var conflict = (ApplicationError.Conflict) error;
        assertThat(conflict.type()).isEqualTo(kind().graphType());
        assertThat(conflict.holderId().getOrElse(holder)).as("the holder named").isEqualTo(holder);
    }

    /** A version mismatch; when the adapter names the actual version (it may not), it names {@code actual}. */
    protected final void assertVersionMismatch(ApplicationError error, String id, long expected, long actual) {
        assertThat(error).isInstanceOf(ApplicationError.VersionMismatch.class);
        var mismatch = (ApplicationError.VersionMismatch) error;
        assertThat(mismatch.type()).isEqualTo(kind().graphType());
        assertThat(mismatch.id()).isEqualTo(id);
        assertThat(mismatch.expected()).isEqualTo(expected);
        assertThat(mismatch.actual().getOrElse(actual))
                .as("the actual version named")
                .isEqualTo(actual);
    }
}
