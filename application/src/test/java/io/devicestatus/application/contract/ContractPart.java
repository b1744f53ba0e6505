package io.devicestatus.application.contract;

import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.StatusKind;
import io.devicestatus.application.port.out.StatusRepository;
import io.devicestatus.application.port.out.TransactionPort;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.TenantId;
import io.vavr.collection.Seq;

/**
 * One concern of {@link StatusRepositoryContract}, in a file of its own and nested in the contract with
 * {@code @Nested}: JUnit runs it for every per-type suite an adapter extends. Its hooks and ports are those of the
 * contract that nests it, which opens the ports before each test.
 *
 * @param <T> the status type
 * @param <S> its scope
 * @param <F> its list filter
 */
abstract class ContractPart<T, S, F extends StatusFilter<T>> extends ContractSupport<T, S, F> {

    private final StatusRepositoryContract<T, S, F> contract;

    ContractPart(StatusRepositoryContract<T, S, F> contract) {
        this.contract = contract;
    }

    @Override
    protected final StatusKind<T, S, ?, F> kind() {
        return contract.kind();
    }

    @Override
    protected final Seq<S> scopes(TenantId tenant) {
        return contract.scopes(tenant);
    }

    @Override
    protected final T status(String id, S scope, int device, int variant, GraphDateTime reportTime) {
        return contract.status(id, scope, device, variant, reportTime);
    }

    @Override
    protected final Seq<F> sampleFilters() {
        return contract.sampleFilters();
    }

    @Override
    protected final StatusRepository<T, S, F> repository() {
        return contract.repository();
    }

    @Override
    protected final StatusRepository<T, S, F> otherTenant() {
        return contract.otherTenant();
    }

    @Override
    protected final TransactionPort transactions() {
        return contract.transactions();
    }

    @Override
    protected final StoreGuarantees guarantees() {
        return contract.guarantees();
    }
}
