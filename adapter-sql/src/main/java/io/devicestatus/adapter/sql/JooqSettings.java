package io.devicestatus.adapter.sql;

import java.util.Locale;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;

/** The jOOQ settings of one store: how it names its tables, how long a statement may take. */
final class JooqSettings {

    private JooqSettings() {}

    static Settings of(SqlVendor vendor, SqlStoreOptions options) {
        // Names unquoted, as the migrations write them: each vendor then folds them its own way (H2 to upper case).
        var settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false)
                .withQueryTimeout(options.statementTimeout()
                        .map(timeout -> (int) timeout.toSeconds())
                        .getOrElse(0));
        // The generated tables belong to jOOQ's unnamed default schema (input ""): with a schema named, every table
        // is qualified with it, whatever the connection's current schema is.
        return options.schema()
                .map(schema -> settings.withRenderMapping(new RenderMapping()
                        .withSchemata(new MappedSchema().withInput("").withOutput(databaseName(vendor, schema)))))
                .getOrElse(settings);
    }

    /** {@code name} as the database stores it unquoted: H2 folds to upper case, the others keep lower case. */
    static String databaseName(SqlVendor vendor, String name) {
        return vendor == SqlVendor.H2 ? name.toUpperCase(Locale.ROOT) : name;
    }
}
