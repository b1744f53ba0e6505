package io.devicestatus.adapter.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;

/** The jOOQ settings of one store: how it names its tables, how long a statement may take. */
final class JooqSettings {

    /**
     * jOOQ's switches for the logo and the "tip of the day" it logs (at INFO, into the platform's logs) when it first
     * renders SQL. jOOQ 3.19 has no {@link Settings} for them: the class that renders SQL reads only these system
     * properties, once, as it is initialised.
     */
    static final List<String> QUIET_PROPERTIES = List.of("org.jooq.no-logo", "org.jooq.no-tips");

    /** The jOOQ class whose initialisation logs the logo and the tip (a test fails should a jOOQ upgrade move it). */
    private static final String RENDERER = "org.jooq.impl.DefaultRenderContext";

    private static boolean quiet;

    private JooqSettings() {}

    /**
     * Has jOOQ's renderer initialised without its logo and tip, before this library first renders SQL. The switches
     * are set only for that moment and cleared again, so no system property is left changed; a switch the platform
     * set itself (to any value, {@code false} included) is left alone, and its choice stands. If the platform's own
     * jOOQ code rendered SQL first, the logo was its own, and this does nothing.
     */
    static synchronized void quietJooq() {
        if (quiet) {
            return;
        }
        quiet = true;
        var setHere = new ArrayList<String>();
        for (String property : QUIET_PROPERTIES) {
            if (System.getProperty(property) == null) {
                System.setProperty(property, "true");
                setHere.add(property);
            }
        }
        try {
            Class.forName(RENDERER, true, Settings.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            // Another jOOQ than the one built against: nothing to initialise here.
        } finally {
            setHere.forEach(System::clearProperty);
        }
    }

    static Settings of(SqlVendor vendor, SqlStoreOptions options) {
        quietJooq();
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
