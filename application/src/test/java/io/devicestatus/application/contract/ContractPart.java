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
 * @param <D> its draft, which its filter reads
 */
abstract class ContractPart<T, S, D> extends ContractSupport<T, S, D> {

    private final StatusRepositoryContract<T, S, D> contract;

    ContractPart(StatusRepositoryContract<T, S, D> contract) {
        this.contract = contract;
    }

    @Override
    protected final StatusKind<T, S, D> kind() {
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
    protected final Seq<StatusFilter<D>> sampleFilters() {
        return contract.sampleFilters();
    }

    @Override
    protected final StatusRepository<T, S, D> repository() {
        return contract.repository();
    }

    @Override
    protected final StatusRepository<T, S, D> otherTenant() {
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
