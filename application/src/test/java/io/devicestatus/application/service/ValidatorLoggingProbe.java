package io.devicestatus.application.service;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Run in a JVM of its own by {@link ValidatorLoggingTest}: builds the default validator with every record sent to
 * java.util.logging kept, then prints those of hibernate-validator and JBoss Logging on stdout as {@code JUL <logger>
 * <message>}. A JVM of its own, because hibernate-validator logs its start-up line, and JBoss Logging picks its
 * provider, once per JVM.
 */
public final class ValidatorLoggingProbe {

    private ValidatorLoggingProbe() {}

    public static void main(String[] args) {
        List<LogRecord> records = recordJul();

        CommandValidator.withDefaultProvider().check("a command");

        records.stream()
                .filter(r -> r.getLoggerName() != null
                        && (r.getLoggerName().startsWith("org.hibernate")
                                || r.getLoggerName().startsWith("org.jboss")))
                .forEach(r -> System.out.println("JUL " + r.getLoggerName() + " " + r.getMessage()));
        System.out.println("probe done");
    }

    /** Replaces the root logger's handlers with one that keeps every record, at every level. */
    static List<LogRecord> recordJul() {
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
