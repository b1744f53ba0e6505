package io.devicestatus.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.port.out.StatusRepository;
import io.devicestatus.application.port.out.StatusStore;
import io.devicestatus.application.port.out.TransactionPort;
import io.devicestatus.domain.common.GraphDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

/**
 * The behaviour every {@link StatusStore}'s {@link StatusRepository} of one status type and its
 * {@link TransactionPort} must show, whatever the status type: the shared part of the contract kit. Extend the per-type suite ({@link IosUpdateStatusRepositoryContract}, ...),
 * not this class.
 *
 * <p>Statuses come from {@link #status(String, Object, int, int)}: {@code device} picks the natural key (the same
 * device in the same scope is the same key; a negative one gives none), {@code variant} the state values and report
 * time (or {@link #status(String, Object, int, int, GraphDateTime)} with a report time of the test's choosing).
 * Every test starts from {@link #newStore()}: an empty store.
 *
 * <p>The tests are grouped by concern, each a {@link ContractPart} in a file of its own, nested here with
 * {@code @Nested} so that JUnit runs every one of them for each per-type suite: {@link Writes}, {@link BatchWrites},
 * {@link Queries}, {@link Paging}, {@link ReportTimeOrder}, {@link Transactions}, {@link Concurrency} and
 * {@link Tenants}. The hooks and helpers they share are in {@link ContractSupport}.
 *
 * @param <T> the status type
 * @param <S> its scope
 * @param <D> its draft, which its filter reads
 */
public abstract class StatusRepositoryContract<T, S, D> extends ContractSupport<T, S, D> {

    private StatusRepository<T, S, D> repository;
    private StatusRepository<T, S, D> otherTenant;
    private TransactionPort transactions;
    private StoreGuarantees guarantees;

    /** An empty store, and what it guarantees. Called before every test. */
    protected abstract StoreUnderTest newStore();

    /** The repository of this suite's status type in {@code store}: what the suite tests. */
    protected abstract StatusRepository<T, S, D> repositoryOf(StatusStore store);

    @BeforeEach
    void openPorts() {
        var underTest = newStore();
        repository = repositoryOf(underTest.store());
        otherTenant = repositoryOf(underTest.otherTenant());
        transactions = underTest.store().transactions();
        guarantees = underTest.guarantees();
        assertThat(right(repository.count(TENANT, everyScope(), StatusFilter.any())))
                .as("newStore() must answer an empty store")
                .isZero();
    }

    @Override
    protected final StatusRepository<T, S, D> repository() {
        return repository;
    }

    @Override
    protected final StatusRepository<T, S, D> otherTenant() {
        return otherTenant;
    }

    @Override
    protected final TransactionPort transactions() {
        return transactions;
    }

    @Override
    protected final StoreGuarantees guarantees() {
        return guarantees;
    }

    /** {@link WritesContract}: insert, find, update and delete, one status at a time. */
    @Nested
    class Writes extends WritesContract<T, S, D> {
        Writes() {
            super(StatusRepositoryContract.this);
        }
    }

    /** {@link BatchWritesContract}: {@code writeAll}. */
    @Nested
    class BatchWrites extends BatchWritesContract<T, S, D> {
        BatchWrites() {
            super(StatusRepositoryContract.this);
        }
    }

    /** {@link QueriesContract}: list in id order, count and summary, by scope and filter. */
    @Nested
    class Queries extends QueriesContract<T, S, D> {
        Queries() {
            super(StatusRepositoryContract.this);
        }
    }

    /** {@link PagingContract}: keyset pages in id order. */
    @Nested
    class Paging extends PagingContract<T, S, D> {
        Paging() {
            super(StatusRepositoryContract.this);
        }
    }

    /** {@link ReportTimeOrderContract}: lists and pages in report-time order. */
    @Nested
    class ReportTimeOrder extends ReportTimeOrderContract<T, S, D> {
        ReportTimeOrder() {
            super(StatusRepositoryContract.this);
        }
    }

    /** {@link TransactionsContract}: units of work. */
    @Nested
    class Transactions extends TransactionsContract<T, S, D> {
        Transactions() {
            super(StatusRepositoryContract.this);
        }
    }

    /** {@link ConcurrencyContract}: writers at once. */
    @Nested
    class Concurrency extends ConcurrencyContract<T, S, D> {
        Concurrency() {
            super(StatusRepositoryContract.this);
        }
    }

    /** {@link TenantsContract}: what one tenant holds, another never sees nor changes. */
    @Nested
    class Tenants extends TenantsContract<T, S, D> {
        Tenants() {
            super(StatusRepositoryContract.this);
        }
    }
}
