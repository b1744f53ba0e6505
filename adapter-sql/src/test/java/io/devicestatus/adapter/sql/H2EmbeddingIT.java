package io.devicestatus.adapter.sql;

/** {@link EmbeddingChecks} on H2. */
class H2EmbeddingIT extends EmbeddingChecks {

    @Override
    protected SqlVendor vendor() {
        return SqlVendor.H2;
    }
}
