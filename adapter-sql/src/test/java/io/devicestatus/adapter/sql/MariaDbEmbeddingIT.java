package io.devicestatus.adapter.sql;

/** {@link EmbeddingChecks} on MARIADB. */
class MariaDbEmbeddingIT extends EmbeddingChecks {

    @Override
    protected SqlVendor vendor() {
        return SqlVendor.MARIADB;
    }
}
