package io.devicestatus.adapter.sql;

/** {@link EmbeddingChecks} on POSTGRESQL. */
class PostgresEmbeddingIT extends EmbeddingChecks {

    @Override
    protected SqlVendor vendor() {
        return SqlVendor.POSTGRESQL;
    }
}
