package io.devicestatus.app.spring;

import io.devicestatus.adapter.graph.http.GraphApiSettings;
import io.devicestatus.adapter.sql.SqlStoreOptions;
import io.devicestatus.application.service.DeviceStatusSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code device-status.*} properties. Bound once at start and checked there: a value out of range stops the
 * application with Boot's binding report, which names the property, the value and the rule.
 *
 * <p>The {@code @param} texts become the descriptions in Boot's configuration metadata: plain sentences, no tags.
 *
 * @param importBatchSize  Items per bulk-import transaction, 1 to 10000.
 * @param maxWriteAttempts How often a write that lost a race is tried in all, where retrying is safe; 1 to 100.
 * @param maxFutureSkew    How far ahead of the clock a report time may be.
 * @param sql              The status store over the platform's DataSource.
 * @param api              The Graph API servlet.
 */
@Validated
@ConfigurationProperties(prefix = "device-status")
public record DeviceStatusProperties(
        @DefaultValue("" + DeviceStatusSettings.DEFAULT_IMPORT_BATCH_SIZE) @Min(1) @Max(10_000)
        int importBatchSize,

        @DefaultValue("" + DeviceStatusSettings.DEFAULT_MAX_WRITE_ATTEMPTS) @Min(1) @Max(100)
        int maxWriteAttempts,

        @DefaultValue("5m") @NotNull Duration maxFutureSkew, // ReportTimePolicy.DEFAULT_MAX_FUTURE_SKEW
        @DefaultValue @Valid Sql sql,
        @DefaultValue @Valid Api api) {

    /** The use cases' settings these properties describe, against {@code clock}. */
    DeviceStatusSettings settings(Clock clock) {
        return new DeviceStatusSettings(clock, maxFutureSkew, importBatchSize, maxWriteAttempts);
    }

    /**
     * The SQL store over the platform's {@code DataSource}.
     *
     * @param migrate            Whether to bring the schema up to date at start with this library's Flyway
     *                           migrations. When false the platform runs them (its own Flyway over
     *                           db/device-status/VENDOR) and the start only checks that the schema is current, refusing
     *                           otherwise with what to run.
     * @param schema             Schema (on MariaDB: database) holding the status tables and their history table.
     *                           Default: the connection's current schema.
     * @param historyTable       Flyway history table of this library's migrations, apart from the platform's own.
     * @param existingRowsTenant Tenant (a GUID) that statuses stored before schema version 3 belong to; needed only
     *                           to upgrade such a database.
     * @param statementTimeout   Longest a repository statement may run (whole seconds, at least 1s). Default: no
     *                           bound.
     */
    public record Sql(
            @DefaultValue("true") boolean migrate,
            String schema,

            @DefaultValue(SqlStoreOptions.DEFAULT_HISTORY_TABLE)
            String historyTable,

            @Pattern(regexp = GUID, message = "must be a tenant id (a GUID)")
            String existingRowsTenant,

            Duration statementTimeout) {}

    /**
     * The Graph API servlet.
     *
     * @param enabled      Whether to mount the Graph API servlet; needs a servlet web application and the
     *                     platform's TokenVerifier bean.
     * @param path         Where the API is mounted: /graph serves /graph/v1.0/... and /graph/beta/...
     * @param maxBodyBytes Largest request body taken, in bytes (413 beyond); a $batch may be 20 times as large.
     * @param maxSkip      Largest $skip taken.
     */
    public record Api(
            @DefaultValue("false") boolean enabled,

            @DefaultValue("/graph")
            @NotNull
            @Pattern(regexp = PATH, message = "must be a path such as /graph: a leading /, no trailing /")
            String path,

            @DefaultValue("" + GraphApiSettings.DEFAULT_MAX_BODY_BYTES) @Min(1024)
            int maxBodyBytes,

            @DefaultValue("" + GraphApiSettings.DEFAULT_MAX_SKIP) @Min(0)
            int maxSkip) {

        /** The servlet mapping of {@link #path}. */
        String urlMapping() {
            return path + "/*";
        }
    }

    static final String GUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    static final String PATH = "(/[A-Za-z0-9._~-]+)+";
}
