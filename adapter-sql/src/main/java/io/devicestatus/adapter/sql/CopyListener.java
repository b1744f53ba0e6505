package io.devicestatus.adapter.sql;

/**
 * Shown the {@code COPY} statements the adapter sends past jOOQ ({@link PostgresCopy}), which jOOQ's
 * {@link org.jooq.ExecuteListener}s never see. An execute listener installed on the store that also implements this
 * sees every statement the adapter sends for a request: the tests' tenant audit does.
 */
interface CopyListener {

    /** {@code sql}, a {@code COPY ... FROM STDIN} statement, is about to run. */
    void copying(String sql);
}
