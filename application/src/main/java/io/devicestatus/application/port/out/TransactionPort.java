package io.devicestatus.application.port.out;

import io.devicestatus.application.error.ApplicationError;
import io.vavr.control.Either;
import java.util.function.Supplier;

/**
 * Runs a unit of work atomically across repository calls of the same adapter: a bulk-import batch commits whole or
 * not at all.
 */
public interface TransactionPort {

    /**
     * Runs {@code work}; commits its writes when it answers {@code Right}, undoes them all when it answers
     * {@code Left} or throws (the exception is rethrown). A call inside {@code work} joins the outer unit. A write
     * refused inside the unit (an answered {@code Left}) changes nothing and leaves the unit usable: an SQL adapter
     * wraps each write in a savepoint. A failure to commit is answered as {@code Unavailable}.
     */
    <R> Either<ApplicationError, R> inTransaction(Supplier<Either<ApplicationError, R>> work);
}
