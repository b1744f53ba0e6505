package io.devicestatus.adapter.observed;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.NaturalKey;
import io.devicestatus.application.model.StateCount;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.model.Write;
import io.devicestatus.application.port.out.ListPage;
import io.devicestatus.application.port.out.ListPosition;
import io.devicestatus.application.port.out.ListRequest;
import io.devicestatus.application.port.out.StatusRepository;
import io.devicestatus.domain.common.TenantId;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;

/**
 * Another adapter's repository, each call timed by operation and outcome. Every method delegates, the port's
 * default ones too, so an adapter's own {@code page} (the Graph store pages upstream) stays in use.
 */
final class ObservedStatusRepository<T, S, D> implements StatusRepository<T, S, D> {

    private final StatusRepository<T, S, D> delegate;
    private final String type;
    private final StoreCallObserver observer;

    ObservedStatusRepository(StatusRepository<T, S, D> delegate, String type, StoreCallObserver observer) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.type = Objects.requireNonNull(type, "type");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    @Override
    public Either<ApplicationError, Option<Versioned<T>>> findById(S scope, String id) {
        return observer.timed(type, "findById", () -> delegate.findById(scope, id));
    }

    @Override
    public Either<ApplicationError, Map<NaturalKey<S>, Versioned<T>>> findByNaturalKeys(Set<NaturalKey<S>> keys) {
        return observer.timed(type, "findByNaturalKeys", () -> delegate.findByNaturalKeys(keys));
    }

    @Override
    public Either<ApplicationError, Option<Versioned<T>>> findByNaturalKey(NaturalKey<S> key) {
        return observer.timed(type, "findByNaturalKeys", () -> delegate.findByNaturalKey(key));
    }

    @Override
    public Either<ApplicationError, Seq<Versioned<T>>> writeAll(Seq<Write<T>> writes) {
        return observer.timed(type, "writeAll", () -> delegate.writeAll(writes));
    }

    @Override
    public Either<ApplicationError, Versioned<T>> insert(T status) {
        return observer.timed(type, "writeAll", () -> delegate.insert(status));
    }

    @Override
    public Either<ApplicationError, Versioned<T>> update(T status, long expectedVersion) {
        return observer.timed(type, "writeAll", () -> delegate.update(status, expectedVersion));
    }

    @Override
    public Either<ApplicationError, Versioned<T>> delete(S scope, String id, Option<Long> expectedVersion) {
        return observer.timed(type, "delete", () -> delegate.delete(scope, id, expectedVersion));
    }

    @Override
    public Either<ApplicationError, Seq<Versioned<T>>> list(ListRequest<S, D> request) {
        return observer.timed(type, "list", () -> delegate.list(request));
    }

    @Override
    public Either<ApplicationError, ListPage<T>> page(
            ListRequest<S, D> request, Function<? super T, ListPosition> positionOf) {
        return observer.timed(type, "list", () -> delegate.page(request, positionOf));
    }

    @Override
    public Either<ApplicationError, Long> count(TenantId tenant, Option<S> scope, StatusFilter<D> filter) {
        return observer.timed(type, "count", () -> delegate.count(tenant, scope, filter));
    }

    @Override
    public Either<ApplicationError, Seq<StateCount<S>>> summarize(TenantId tenant, Option<S> scope) {
        return observer.timed(type, "summarize", () -> delegate.summarize(tenant, scope));
    }
}
