package io.devicestatus.app.bench;

import io.devicestatus.app.BenchAccess;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.in.ImportStatusCommand;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.Iterator;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code sync} of N iOS update statuses from this project's server into an empty embedded store, straight and through
 * a proxy that answers every k-th request with 429 (Graph's throttling): the straight run is the reference measured in
 * the same run (after a warm-up run), so the table's ratio is what throttling costs.
 *
 * <p>Arguments: statuses (default 20000), throttle every k-th request (default 3).
 */
public final class SyncBenchmark {

    private SyncBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        int statuses = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int every = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        var tenant = TenantId.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47");
        var time = GraphDateTime.parse("t", "2026-11-23T10:00:00.1234567+01:00").get();
        try (var upstream = BenchAccess.upstream(
                tenant,
                application -> application
                        .iosUpdates()
                        .importAll(
                                tenant,
                                Iterator.range(0, statuses)
                                        .map(n -> ImportStatusCommand.report(
                                                TenantScope.of(tenant),
                                                IosUpdateProperties.draft()
                                                        .set(
                                                                IosUpdateProperties.INSTALL_STATUS,
                                                                IosUpdatesInstallStatus.SUCCESS)
                                                        .set(IosUpdateProperties.OS_VERSION, "17.1")
                                                        .set(IosUpdateProperties.DEVICE_ID, "device-" + n)
                                                        .set(IosUpdateProperties.PLATFORM, 0)
                                                        .set(
                                                                IosUpdateProperties
                                                                        .COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME,
                                                                time)
                                                        .set(IosUpdateProperties.STATUS, ComplianceStatus.COMPLIANT)
                                                        .set(IosUpdateProperties.LAST_REPORTED_DATE_TIME, time)
                                                        .build())),
                                result -> {}))) {
            Path work = Files.createTempDirectory("sync-bench");
            upstream.sync(upstream.baseUri(), work.resolve("warm-up")); // JIT and caches first, for both runs alike
            var straight = upstream.sync(upstream.baseUri(), work.resolve("straight"));
            BenchAccess.Run throttled;
            int refused;
            try (var proxy = upstream.throttling(every)) {
                throttled = upstream.sync(proxy.baseUri(), work.resolve("throttled"));
                refused = proxy.throttled();
            }
            System.out.printf(
                    "%-34s %10s %8s %12s %6s%n",
                    "sync of " + statuses + " statuses", "seconds", "429s", "statuses/s", "ratio");
            System.out.printf(
                    "%-34s %10.1f %8d %12.0f %6.2f%n",
                    "straight (reference)", straight.seconds(), 0, statuses / straight.seconds(), 1.0);
            System.out.printf(
                    "%-34s %10.1f %8d %12.0f %6.2f%n",
                    "every " + every + ". request throttled",
                    throttled.seconds(),
                    refused,
                    statuses / throttled.seconds(),
                    straight.seconds() / throttled.seconds());
            System.out.println("straight:  " + straight.summary());
            System.out.println("throttled: " + throttled.summary());
        }
    }
}
