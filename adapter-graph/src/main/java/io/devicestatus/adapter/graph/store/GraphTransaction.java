package io.devicestatus.adapter.graph.store;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.port.out.TransactionPort;
import io.vavr.control.Either;
import java.util.function.Supplier;

/**
 * The units of work of a Graph store, which has no transactions: the work runs, and what it wrote stays even when it
 * answers {@code Left} or throws. Graph's {@code $batch} is not atomic either, so there is nothing to undo with. An
 * import over this store therefore applies each batch's writes in order up to the first refusal.
 */
public final class GraphTransaction implements TransactionPort {

    @Override
    public <R> Either<ApplicationError, R> inTransaction(Supplier<Either<ApplicationError, R>> work) {
        return work.get();
    }
}
