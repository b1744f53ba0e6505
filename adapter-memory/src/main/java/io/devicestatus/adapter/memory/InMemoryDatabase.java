package io.devicestatus.adapter.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The state the in-memory repositories share: one lock that every operation holds (so each is atomic and
 * thread-safe) and, while a transaction runs, its undo log. The transaction holds the lock from start to end, so
 * the undo log is only ever touched by the thread that holds the lock.
 */
final class InMemoryDatabase {

    private final ReentrantLock lock = new ReentrantLock();
    private Deque<Runnable> undoLog;

    <R> R locked(Supplier<R> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /** Whether the calling thread runs inside a transaction. Call with the lock held. */
    boolean inTransaction() {
        return undoLog != null;
    }

    /** Starts a transaction. Call with the lock held, outside a transaction. */
    void begin() {
        undoLog = new ArrayDeque<>();
    }

    /** Remembers how to take back a change, if a transaction runs. Call with the lock held. */
    void onRollback(Runnable undo) {
        if (undoLog != null) {
            undoLog.push(undo);
        }
    }

    /** Ends the transaction, taking back its changes newest first unless {@code commit}. Call with the lock held. */
    void end(boolean commit) {
        var log = undoLog;
        undoLog = null;
        if (!commit) {
            log.forEach(Runnable::run);
        }
    }

    void lock() {
        lock.lock();
    }

    void unlock() {
        lock.unlock();
    }
}
