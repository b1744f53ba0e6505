package io.devicestatus.adapter.graph.http;

import io.devicestatus.application.model.AppConfigurationStatusFilter;
import io.devicestatus.application.model.AppInstallStatusFilter;
import io.devicestatus.application.model.IosUpdateStatusFilter;
import io.devicestatus.domain.common.ApiVersion;
import io.vavr.control.Either;

/**
 * OData {@code $filter} expressions read into the list filters, outside an HTTP request (a command line's
 * {@code --filter}): the same grammar and properties the API takes, the same errors.
 */
public final class ODataFilters {

    private ODataFilters() {}

    /** The iOS update filter {@code text} says, or what is wrong with it. */
    public static Either<String, IosUpdateStatusFilter> iosUpdate(String text, ApiVersion version) {
        return read(FilterFields.IOS_UPDATE, text, version);
    }

    /** The app-configuration filter {@code text} says, or what is wrong with it. */
    public static Either<String, AppConfigurationStatusFilter> appConfiguration(String text, ApiVersion version) {
        return read(FilterFields.APP_CONFIGURATION, text, version);
    }

    /** The app-install filter {@code text} says, or what is wrong with it. */
    public static Either<String, AppInstallStatusFilter> appInstall(String text, ApiVersion version) {
        return read(FilterFields.APP_INSTALL, text, version);
    }

    private static <F> Either<String, F> read(FilterFields<F> fields, String text, ApiVersion version) {
        return FilterParser.parse(text)
                .mapLeft(message -> "'" + text + "': " + message)
                .flatMap(comparisons -> fields.filter(comparisons, version)
                        .mapLeft(failure ->
                                failure.details().map(Object::toString).mkString("; ")));
    }
}
