package io.devicestatus.domain.iosupdate;

/**
 * The phases an iOS update goes through on one device. Each {@link IosUpdatesInstallStatus} belongs to one phase;
 * the lifecycle ({@link IosUpdateLifecycle}) is written over phases because members of one phase behave alike.
 * Declared in the order an update moves forwards: the lifecycle relies on it.
 */
public enum IosUpdatePhase {
    /** An update is offered or the device waits: {@code available}, {@code idle}. */
    PENDING,
    /** {@code downloading}. */
    DOWNLOAD,
    /** The download stopped: not enough space, power, network, or it needs a computer. Retryable. */
    DOWNLOAD_FAILURE,
    /** {@code installing}. */
    INSTALL,
    /** The install stopped: not enough space or power, a phone call, a shared-iPad user logged in. Retryable. */
    INSTALL_FAILURE,
    /** A failure not tied to one phase (beta: scan failed, MDM client crashed, timeout, update error). Retryable. */
    GENERAL_FAILURE,
    /** {@code success}: the update is installed. Final for this OS version. */
    SUCCEEDED,
    /** The update does not apply: the OS is already newer, or the operation is unsupported. Final for this OS version. */
    NOT_APPLICABLE,
    /** {@code unknown}: nothing is known, so nothing is ruled out either way. */
    UNDETERMINED
}
