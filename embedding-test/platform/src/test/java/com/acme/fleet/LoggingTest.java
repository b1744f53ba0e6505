package com.acme.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.acme.fleet.app.FleetPlatform;
import com.acme.fleet.application.port.in.EnrolDeviceCommand;
import com.acme.fleet.application.port.in.ListFleetQuery;
import com.acme.fleet.application.port.in.ReportUpdateCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * device-status logs through SLF4J only, so the platform's backend (Logback here) gets everything: nothing reaches
 * java.util.logging, nothing is printed to standard output. Runs in a JVM of its own (surefire: reuseForks false), so
 * that the libraries' first-use messages (jOOQ's, Hibernate Validator's) happen while it watches.
 */
class LoggingTest {

    @Test
    void everythingTheLibraryLogsGoesThroughSlf4j() throws Exception {
        var julRecords = new CopyOnWriteArrayList<LogRecord>();
        var julRoot = LogManager.getLogManager().getLogger("");
        julRoot.setLevel(Level.INFO);
        julRoot.addHandler(recording(julRecords));
        var slf4jEvents = new ListAppender<ILoggingEvent>();
        slf4jEvents.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(slf4jEvents);
        var stdout = new ByteArrayOutputStream();
        var originalOut = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));

        try (var database = TestDatabase.create()) {
            var platform = FleetPlatform.start(database.dataSource());
            var tenant = UUID.randomUUID();
            var now = OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS);
            assertThat(platform.enrol()
                            .enrol(new EnrolDeviceCommand(tenant, "ipad-1", "anna@contoso.com", "17.1", now))
                            .isRight())
                    .isTrue();
            platform.report().report(new ReportUpdateCommand(tenant, "ipad-1", "17.1", "installing", now));
            platform.report().report(new ReportUpdateCommand(tenant, "ipad-1", "17.1", "no such status", now));
            platform.list().list(new ListFleetQuery(tenant));
        } finally {
            System.setOut(originalOut);
        }

        assertThat(julRecords)
                .extracting(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage())
                .isEmpty();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
        // ... and it did log: Flyway's migrations of both sides and Hibernate Validator's start reached the platform's
        // backend, and jOOQ's logo and tip of the day did not come at all
        assertThat(slf4jEvents.list)
                .extracting(ILoggingEvent::getLoggerName)
                .anyMatch(name -> name.startsWith("org.flywaydb"))
                .anyMatch(name -> name.startsWith("org.hibernate.validator"));
        assertThat(slf4jEvents.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(message -> message.contains("Thank you for using jOOQ"))
                .noneMatch(message -> message.toLowerCase(java.util.Locale.ROOT).contains("tip of the day"));
    }

    private static Handler recording(List<LogRecord> records) {
        return new Handler() {
            @Override
            public void publish(LogRecord logRecord) {
                records.add(logRecord);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
    }
}
