package io.devicestatus.application.service;

import static io.devicestatus.application.service.UseCaseFixtures.TENANT;
import static io.devicestatus.application.service.UseCaseFixtures.TENANT_SCOPE;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.adapter.memory.InMemoryStatusStore;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.in.ImportItemResult;
import io.devicestatus.application.port.in.ImportItemResult.Outcome;
import io.devicestatus.application.port.in.ImportStatusCommand;
import io.devicestatus.application.port.in.ImportSummaryResult;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.control.Option;
import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * 100,000 report items, generated as they are read, imported in a JVM whose heap is capped (the {@code small-heap}
 * Surefire execution of this module runs this class alone with {@code -Xmx32m}): the import must hold one batch at
 * a time, never the stream or its results. 1,000 devices report 100 times each, so the store itself stays small.
 */
class ImportStatusesSmallHeapTest {

    private static final int ITEMS = 100_000;
    private static final int DEVICES = 1_000;
    private static final OffsetDateTime FIRST_REPORT = OffsetDateTime.parse("2026-11-23T10:00:00.1234567+01:00");

    @Test
    void a_long_stream_is_imported_in_flat_memory_with_one_result_per_item() {
        var store = new InMemoryStatusStore();
        var importer = UseCaseFixtures.application(store).iosUpdates();
        var counted = new long[Outcome.values().length];
        var nextIndex = new long[1];

        var totals = importer.importAll(TENANT, new Reports(), (ImportItemResult<IosUpdateDeviceStatus> result) -> {
            assertThat(result.index()).isEqualTo(nextIndex[0]++);
            counted[result.outcome().ordinal()]++;
        });

        assertThat(totals).isEqualTo(new ImportSummaryResult(DEVICES, ITEMS - DEVICES, 0, 0));
        assertThat(counted[Outcome.CREATED.ordinal()]).isEqualTo(DEVICES);
        assertThat(counted[Outcome.ADVANCED.ordinal()]).isEqualTo(ITEMS - DEVICES);
        assertThat(store.iosUpdateStatuses()
                        .count(TENANT, Option.none(), StatusFilter.any())
                        .get())
                .isEqualTo(DEVICES);
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf(
                "imported %,d items with -Xmx %,d KiB; heap used at the end %,d KiB%n",
                ITEMS, heap.getMax() / 1024, heap.getUsed() / 1024);
    }

    /** Item n reports device n % 1000 for the (n / 1000)-th time, a second after its previous report. */
    private static final class Reports
            implements Iterator<ImportStatusCommand<TenantScope, IosUpdateDeviceStatus.Draft>> {
        private int next;

        @Override
        public boolean hasNext() {
            return next < ITEMS;
        }

        @Override
        public ImportStatusCommand<TenantScope, IosUpdateDeviceStatus.Draft> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int device = next % DEVICES;
            int round = next / DEVICES;
            next++;
            return ImportStatusCommand.report(
                    TENANT_SCOPE,
                    IosUpdateProperties.draft()
                            .set(
                                    IosUpdateProperties.INSTALL_STATUS,
                                    round == 0
                                            ? IosUpdatesInstallStatus.AVAILABLE
                                            : IosUpdatesInstallStatus.DOWNLOADING)
                            .set(IosUpdateProperties.OS_VERSION, "17.1")
                            .set(IosUpdateProperties.DEVICE_ID, "device-" + device)
                            .set(IosUpdateProperties.USER_ID, "user-" + device)
                            .set(IosUpdateProperties.DEVICE_DISPLAY_NAME, "iPad " + device)
                            .set(IosUpdateProperties.USER_NAME, "User " + round)
                            .set(IosUpdateProperties.DEVICE_MODEL, "iPad13,1")
                            .set(
                                    IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME,
                                    new GraphDateTime(FIRST_REPORT.minusDays(1)))
                            .set(IosUpdateProperties.STATUS, ComplianceStatus.COMPLIANT)
                            .set(
                                    IosUpdateProperties.LAST_REPORTED_DATE_TIME,
                                    new GraphDateTime(FIRST_REPORT.plusSeconds(round)))
                            .set(IosUpdateProperties.USER_PRINCIPAL_NAME, "user" + device + "@contoso.com")
                            .build());
        }
    }
}
