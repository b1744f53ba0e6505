package io.devicestatus.domain.iosupdate;

import static io.devicestatus.domain.fixtures.Fixtures.POLICY;
import static io.devicestatus.domain.fixtures.Fixtures.ios;
import static io.devicestatus.domain.fixtures.Fixtures.iosDraft;
import static io.devicestatus.domain.fixtures.Fixtures.time;
import static io.devicestatus.domain.fixtures.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.error.DomainError;
import io.devicestatus.domain.fixtures.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class IosUpdateLifecycleTest {

    /** The lifecycle as decided (see IosUpdateLifecycle's documentation), stated here independently. */
    private static final Matrix EXPECTED = Matrix.parse("""
                               PENDING DOWNLOAD DOWNLOAD_FAILURE INSTALL INSTALL_FAILURE GENERAL_FAILURE SUCCEEDED NOT_APPLICABLE UNDETERMINED
            PENDING              x       x        x                x       x               x               x         x              x
            DOWNLOAD             .       x        x                x       x               x               x         x              x
            DOWNLOAD_FAILURE     x       x        x                x       x               x               x         x              x
            INSTALL              .       .        .                x       x               x               x         x              x
            INSTALL_FAILURE      x       x        x                x       x               x               x         x              x
            GENERAL_FAILURE      x       x        x                x       x               x               x         x              x
            SUCCEEDED            .       .        .                .       .               .               x         x              x
            NOT_APPLICABLE       .       .        .                .       .               .               .         x              x
            UNDETERMINED         x       x        x                x       x               x               x         x              x
            """);

    @ParameterizedTest(name = "{0} is in phase {1}")
    @CsvSource({
        "mdmClientCrashed, GENERAL_FAILURE",
        "timeout, GENERAL_FAILURE",
        "downloading, DOWNLOAD",
        "downloadFailed, DOWNLOAD_FAILURE",
        "downloadRequiresComputer, DOWNLOAD_FAILURE",
        "downloadInsufficientSpace, DOWNLOAD_FAILURE",
        "downloadInsufficientPower, DOWNLOAD_FAILURE",
        "downloadInsufficientNetwork, DOWNLOAD_FAILURE",
        "installing, INSTALL",
        "installInsufficientSpace, INSTALL_FAILURE",
        "installInsufficientPower, INSTALL_FAILURE",
        "installPhoneCallInProgress, INSTALL_FAILURE",
        "installFailed, INSTALL_FAILURE",
        "notSupportedOperation, NOT_APPLICABLE",
        "sharedDeviceUserLoggedInError, INSTALL_FAILURE",
        "updateError, GENERAL_FAILURE",
        "deviceOsHigherThanDesiredOsVersion, NOT_APPLICABLE",
        "updateScanFailed, GENERAL_FAILURE",
        "success, SUCCEEDED",
        "available, PENDING",
        "idle, PENDING",
        "unknown, UNDETERMINED"
    })
    void every_status_belongs_to_its_phase(String wireName, IosUpdatePhase phase) {
        assertThat(IosUpdatesInstallStatus.TYPE
                        .parse("installStatus", wireName)
                        .get()
                        .phase())
                .isEqualTo(phase);
    }

    @Test
    void the_phase_table_is_the_expected_matrix() {
        assertThat(EXPECTED.rowCount()).isEqualTo(IosUpdatePhase.values().length);
        for (IosUpdatePhase from : IosUpdatePhase.values()) {
            for (IosUpdatePhase to : IosUpdatePhase.values()) {
                assertThat(IosUpdateLifecycle.PHASES.allows(from, to))
                        .as(from + " -> " + to)
                        .isEqualTo(EXPECTED.allows(from.name(), to.name()));
            }
        }
    }

    /** Every (from, to) pair of the 22 statuses, through the aggregate, for one device and one OS version. */
    @ParameterizedTest(name = "from {0}")
    @EnumSource(IosUpdatesInstallStatus.class)
    void a_report_advances_exactly_when_the_matrix_allows_it(IosUpdatesInstallStatus from) {
        IosUpdateDeviceStatus stored = ios(with(iosDraft(), "installStatus", from));
        for (IosUpdatesInstallStatus to : IosUpdatesInstallStatus.values()) {
            var result = stored.advance(later(with(iosDraft(), "installStatus", to)), POLICY);

            if (EXPECTED.allows(from.phase().name(), to.phase().name())) {
                assertThat(result.get().installStatus()).as(from + " -> " + to).isEqualTo(to);
            } else {
                var error = (DomainError.IllegalTransition) result.getLeft();
                assertThat(error.field()).isEqualTo("installStatus");
                assertThat(error.from()).isEqualTo(from.wireName());
                assertThat(error.to()).isEqualTo(to.wireName());
                assertThat(error.allowed()).doesNotContain(to.wireName()).contains("unknown");
            }
        }
    }

    @Test
    void success_does_not_fall_back_to_downloading_for_the_same_os_version() {
        IosUpdateDeviceStatus succeeded = ios(with(iosDraft(), "installStatus", IosUpdatesInstallStatus.SUCCESS));

        var result = succeeded.advance(
                later(with(iosDraft(), "installStatus", IosUpdatesInstallStatus.DOWNLOADING)), POLICY);

        assertThat(result.getLeft().message()).startsWith("installStatus cannot move from 'success' to 'downloading'");
    }

    @Test
    void a_new_os_version_starts_a_new_cycle() {
        IosUpdateDeviceStatus succeeded = ios(with(iosDraft(), "installStatus", IosUpdatesInstallStatus.SUCCESS));
        var next = with(with(iosDraft(), "installStatus", IosUpdatesInstallStatus.DOWNLOADING), "osVersion", "17.2");

        assertThat(succeeded.advance(later(next), POLICY).get().installStatus())
                .isEqualTo(IosUpdatesInstallStatus.DOWNLOADING);
    }

    @Test
    void a_report_without_os_version_stays_in_the_current_cycle() {
        IosUpdateDeviceStatus succeeded = ios(with(iosDraft(), "installStatus", IosUpdatesInstallStatus.SUCCESS));
        var next = with(with(iosDraft(), "installStatus", IosUpdatesInstallStatus.DOWNLOADING), "osVersion", null);

        assertThat(succeeded.advance(later(next), POLICY).getLeft()).isInstanceOf(DomainError.IllegalTransition.class);
    }

    @Test
    void a_failure_may_be_retried() {
        IosUpdateDeviceStatus failed = ios(with(iosDraft(), "installStatus", IosUpdatesInstallStatus.INSTALL_FAILED));

        assertThat(failed.advance(later(with(iosDraft(), "installStatus", IosUpdatesInstallStatus.DOWNLOADING)), POLICY)
                        .isRight())
                .isTrue();
    }

    private static IosUpdateDeviceStatus.Draft later(IosUpdateDeviceStatus.Draft draft) {
        return with(draft, "lastReportedDateTime", time("2017-01-02T00:00:00Z"));
    }
}
