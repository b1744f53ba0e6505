package io.devicestatus.adapter.memory;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.port.out.TransactionPort;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Transactions over an {@link InMemoryStatusStore}'s repositories: the work runs holding the store's lock (so it is
 * serialised with every other operation) and its changes are undone, newest first, unless it answers
 * {@code Right}.
 */
final class InMemoryTransaction implements TransactionPort {

    private final InMemoryDatabase database;

    InMemoryTransaction(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public <R> Either<ApplicationError, R> inTransaction(Supplier<Either<ApplicationError, R>> work) {
        Objects.requireNonNull(work, "work");
        database.lock();
        try {
            if (database.inTransaction()) {
                return work.get();
            }
            database.begin();
            boolean commit = false;
            try {
                var result = Objects.requireNonNull(work.get(), "the unit of work answered null");
                commit = result.isRight();
                return result;
            } finally {
                database.end(commit);
            }
        } finally {
            database.unlock();
        }
    }
}
