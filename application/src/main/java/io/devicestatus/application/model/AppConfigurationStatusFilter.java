package io.devicestatus.application.model;

import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.common.ComplianceStatus;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * List conditions for app-configuration device statuses. Graph gives them no device id, so the compliance
 * {@code status} is their only filterable state.
 *
 * @param status on {@code status} (compliance)
 */
public record AppConfigurationStatusFilter(Match<ComplianceStatus> status)
        implements StatusFilter<AppConfigurationDeviceStatus> {

    /** The filter that passes every status. */
    public static final AppConfigurationStatusFilter ANY = new AppConfigurationStatusFilter(Match.any());

    public AppConfigurationStatusFilter {
        Objects.requireNonNull(status, "status");
    }

    @Override
    public boolean test(AppConfigurationDeviceStatus candidate) {
        return status.test(Option.some(candidate.status()));
    }
}
