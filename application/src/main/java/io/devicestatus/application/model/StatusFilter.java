package io.devicestatus.application.model;

/**
 * The conditions of a list query on the properties of one status type, each a {@link Match}; all must pass. The
 * in-memory adapter calls {@link #test}; a database adapter translates the matches into a WHERE clause.
 *
 * @param <T> the status type
 */
public interface StatusFilter<T> {

    /** Whether {@code status} passes every condition. */
    boolean test(T status);
}
