package io.devicestatus.adapter.observed;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.port.out.TransactionPort;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.function.Supplier;

/** Another adapter's transactions, each timed by outcome (a nested call, joining its outer unit, too). */
final class ObservedTransaction implements TransactionPort {

    private final TransactionPort delegate;
    private final StoreCallObserver observer;

    ObservedTransaction(TransactionPort delegate, StoreCallObserver observer) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    @Override
    public <R> Either<ApplicationError, R> inTransaction(Supplier<Either<ApplicationError, R>> work) {
        return observer.timed("any", "transaction", () -> delegate.inTransaction(work));
    }
}
