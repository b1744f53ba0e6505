package io.devicestatus.adapter.sql;

/**
 * The schema could not be brought to this library's version: it is newer than the library, or a migration failed.
 * Thrown at start-up by {@link SqlStatusStore#migrate()}, never by a repository.
 */
public final class SchemaMigrationException extends RuntimeException {

    SchemaMigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
