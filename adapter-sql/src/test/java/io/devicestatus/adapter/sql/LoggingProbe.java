package io.devicestatus.adapter.sql;

import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.port.out.ListRequest;
import io.devicestatus.application.service.CommandValidator;
import io.vavr.control.Option;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Run in a JVM of its own by {@link LoggingTest}: the library's start as a platform runs it (a store on H2, migrated
 * and read, and the default validator), with every record sent to java.util.logging kept. Prints those of jOOQ,
 * hibernate-validator and JBoss Logging on stdout as {@code JUL <logger> <message>}, then the jOOQ switches as they
 * are left. A JVM of its own, because jOOQ logs its logo and hibernate-validator its start-up line once per JVM.
 */
public final class LoggingProbe {

    private LoggingProbe() {}

    public static void main(String[] args) {
        List<LogRecord> records = recordJul();

        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:probe;DB_CLOSE_DELAY=-1");
        var store = SqlStatusStore.of(dataSource, SqlVendor.H2);
        store.migrate();
        var page = store.iosUpdateStatuses()
                .list(new ListRequest<>(TestSchema.TENANT, Option.none(), StatusFilter.any(), Option.none(), 10));
        if (page.isLeft()) {
            throw new IllegalStateException("listing failed: " + page.getLeft());
        }
        CommandValidator.withDefaultProvider().check("a command");

        records.stream()
                .filter(r -> r.getLoggerName() != null
                        && (r.getLoggerName().startsWith("org.jooq")
                                || r.getLoggerName().startsWith("org.hibernate")
                                || r.getLoggerName().startsWith("org.jboss")))
                .forEach(r -> System.out.println("JUL " + r.getLoggerName() + " " + r.getMessage()));
        for (String property : JooqSettings.QUIET_PROPERTIES) {
            System.out.println("property " + property + "=" + System.getProperty(property));
        }
        System.out.println("probe done");
    }

    /** Replaces the root logger's handlers with one that keeps every record, at every level. */
    private static List<LogRecord> recordJul() {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.setLevel(Level.ALL);
        root.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });
        return records;
    }
}
