package io.devicestatus.adapter.observed;

import io.devicestatus.application.error.ApplicationError;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/** Told of every call of an observed port, on the calling thread: it must be quick and must not throw. */
@FunctionalInterface
public interface StoreCallObserver {

    void called(StoreCall call);

    /**
     * Runs {@code call}, timing it, and tells this observer of its outcome; an exception is told as
     * {@code exception} and rethrown.
     */
    default <R> Either<ApplicationError, R> timed(
            String type, String operation, Supplier<Either<ApplicationError, R>> call) {
        long started = System.nanoTime();
        String outcome = "exception";
        try {
            var answer = call.get();
            outcome = answer.fold(StoreCallObserver::outcome, ok -> "success");
            return answer;
        } finally {
            called(new StoreCall(type, operation, outcome, Duration.ofNanos(System.nanoTime() - started)));
        }
    }

    /** {@code NotFound} as {@code not_found}: the error's kind, never its message (which holds ids). */
    static String outcome(ApplicationError error) {
        return error.getClass()
                .getSimpleName()
                .replaceAll("([a-z])([A-Z])", "$1_$2")
                .toLowerCase(Locale.ROOT);
    }
}
