package io.devicestatus.adapter.graph.http;

import io.devicestatus.adapter.graph.wire.GraphPaths;
import io.devicestatus.adapter.graph.wire.UriSegments;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appconfig.ConfigurationCollection;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.error.DomainError;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The paths of GRAPH-FACTS.md under {@code /v1.0} and {@code /beta}, each version with only what it has. A path
 * this API has no resource for is answered as Graph answers it: 400, "Resource not found for the segment '...'".
 * The segment names and which version has what come from {@link GraphPaths}, which the outbound store builds its
 * targets from too; the walk below adds only where each wrong segment is reported.
 *
 * <pre>
 * /{v}/deviceManagement/iosUpdateStatuses[/{id} | /$count]
 * /{v}/deviceAppManagement/mobileAppConfigurations/{configId}/deviceStatuses[/{id} | /$count]
 * /beta/deviceAppManagement/iosLobAppProvisioningConfigurations/{configId}/deviceStatuses[/{id} | /$count]
 * /beta/deviceAppManagement/mobileApps/{mobileAppId}[/userStatuses/{userStatusId}]/deviceStatuses[/{id} | /$count]
 * /{v}/$batch
 * </pre>
 */
final class Routes {

    private final StatusEndpoint<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> iosUpdates;
    private final StatusEndpoint<AppConfigurationDeviceStatus, ConfigurationScope, AppConfigurationDeviceStatus.Draft>
            appConfigurations;
    private final StatusEndpoint<MobileAppInstallStatus, AppInstallScope, MobileAppInstallStatus.Draft> appInstalls;

    Routes(
            StatusEndpoint<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> iosUpdates,
            StatusEndpoint<AppConfigurationDeviceStatus, ConfigurationScope, AppConfigurationDeviceStatus.Draft>
                    appConfigurations,
            StatusEndpoint<MobileAppInstallStatus, AppInstallScope, MobileAppInstallStatus.Draft> appInstalls) {
        this.iosUpdates = iosUpdates;
        this.appConfigurations = appConfigurations;
        this.appInstalls = appInstalls;
    }

    /**
     * What {@code path} (encoded, starting with {@code /}) addresses within {@code tenant}, or why nothing. Every
     * scope is the caller's tenant's: a path can never name another tenant.
     */
    Either<Failure, Addressed> resolve(String path, String baseUri, TenantId tenant) {
        var raw = List.of(path.split("/", -1)).drop(1);
        if (raw.size() > 1 && raw.last().isEmpty()) {
            raw = raw.init(); // one trailing slash is tolerated
        }
        var segments = List.<String>empty();
        for (String segment : raw) {
            var decoded = UriSegments.decode(segment);
            if (decoded.isEmpty()) {
                return Either.left(
                        Failure.badRequest("The path segment '" + segment + "' is not validly percent-encoded."));
            }
            segments = segments.append(decoded.get());
        }
        var version = version(segments.headOption().getOrElse(""));
        if (version.isEmpty()) {
            return Either.left(Failure.badRequest(
                    "Invalid version: '" + segments.headOption().getOrElse("") + "'; this API serves v1.0 and beta."));
        }
        var resolved = new Path(version.get(), raw, segments, baseUri, tenant);
        return switch (resolved.at(1)) {
            case GraphPaths.DEVICE_MANAGEMENT -> deviceManagement(resolved);
            case GraphPaths.DEVICE_APP_MANAGEMENT -> deviceAppManagement(resolved);
            case GraphPaths.BATCH ->
                resolved.size() > 2 ? resolved.noSegment(2) : Either.right(new Addressed.Batch(resolved.version()));
            default -> resolved.noSegment(1);
        };
    }

    private Either<Failure, Addressed> deviceManagement(Path path) {
        if (!path.at(2).equals(GraphPaths.IOS_UPDATE_STATUSES)) {
            return path.noSegment(2);
        }
        return path.target(iosUpdates, Either.right(TenantScope.of(path.tenant())), 3);
    }

    private Either<Failure, Addressed> deviceAppManagement(Path path) {
        String collection = path.at(2);
        if (collection.equals(GraphPaths.MOBILE_APPS)) {
            return mobileApps(path);
        }
        var configurations = List.of(ConfigurationCollection.values())
                .find(c -> c.pathSegment().equals(collection) && c.versions().contains(path.version()));
        if (configurations.isEmpty() || path.size() < 4) {
            return path.noSegment(configurations.isEmpty() ? 2 : 3);
        }
        if (!path.at(4).equals(GraphPaths.DEVICE_STATUSES)) {
            return path.noSegment(4);
        }
        return path.target(
                appConfigurations, ConfigurationScope.of(path.tenant(), configurations.get(), path.at(3)), 5);
    }

    private Either<Failure, Addressed> mobileApps(Path path) {
        if (path.size() < 4) {
            return path.noSegment(3);
        }
        boolean underUserStatus = path.at(4).equals(GraphPaths.USER_STATUSES);
        int statuses = underUserStatus ? 6 : 4;
        if (underUserStatus && path.size() < 6) {
            return path.noSegment(5);
        }
        if (!path.at(statuses).equals(GraphPaths.DEVICE_STATUSES)) {
            return path.noSegment(statuses);
        }
        if (!GraphPaths.hasAppInstallStatuses(path.version())) {
            // v1.0 has no mobileAppInstallStatus; Microsoft's service answers exactly this
            return path.noSegment(underUserStatus ? 4 : statuses);
        }
        return path.target(
                appInstalls,
                AppInstallScope.of(path.tenant(), path.at(3), underUserStatus ? path.at(5) : null),
                statuses + 1);
    }

    private static Option<ApiVersion> version(String segment) {
        return List.of(ApiVersion.values()).find(v -> v.pathSegment().equals(segment));
    }

    /** A path being matched: its encoded and decoded segments (the version is segment 0), for a tenant. */
    private record Path(ApiVersion version, List<String> raw, List<String> segments, String baseUri, TenantId tenant) {

        int size() {
            return segments.size();
        }

        /** The decoded segment at {@code index}, or {@code ""} past the end. */
        String at(int index) {
            return index < segments.size() ? segments.get(index) : "";
        }

        /**
         * No resource at segment {@code index}; a path that ends before it names a resource this API only passes
         * through (e.g. {@code /v1.0/deviceManagement}), said as such rather than as an empty segment.
         */
        <A> Either<Failure, A> noSegment(int index) {
            return Either.left(
                    index < segments.size()
                            ? Failure.noSegment(at(index))
                            : Failure.badRequest("Resource '" + segments.last()
                                    + "' is not served here, only the device" + " status collections under it (see /"
                                    + version.pathSegment() + "/$metadata)."));
        }

        /**
         * The collection ending before {@code idIndex}, one entity of it, or its {@code /$count}, in a validated
         * scope. Only {@code $count} as sent is the count: an id {@code $count} is addressed as {@code %24count},
         * as {@link UriSegments#encode} writes it.
         */
        <S> Either<Failure, Addressed> target(
                StatusEndpoint<?, S, ?> endpoint, Either<DomainError, S> scope, int idIndex) {
            if (segments.size() > idIndex + 1) {
                return noSegment(idIndex + 1);
            }
            if (segments.size() == idIndex + 1 && at(idIndex).isEmpty()) {
                return noSegment(idIndex);
            }
            var call = new Call(version, baseUri, "/" + raw.take(idIndex).mkString("/"), contextPath(idIndex));
            boolean count = raw.size() == idIndex + 1 && raw.get(idIndex).equals(GraphPaths.COUNT);
            Option<String> id = segments.size() > idIndex && !count ? Option.some(at(idIndex)) : Option.none();
            return scope.mapLeft(error -> Failure.of(ApplicationError.of(error)))
                    .map(valid -> new Target<>(endpoint, valid, id, call))
                    .map(target -> count ? new Addressed.Count(target) : target);
        }

        /**
         * The collection before {@code end} as a context URL names it. Below the singleton (segment 1), segments
         * alternate between a collection and a key of it, the last being the collection addressed: each key is
         * written in parentheses as an OData string literal, {@code mobileApps('a')/userStatuses('u')/deviceStatuses}.
         */
        private String contextPath(int end) {
            var out = new StringBuilder(at(1));
            for (int i = 2; i < end; i++) {
                out.append(
                        i % 2 == 1
                                ? "(" + UriSegments.encode("'" + at(i).replace("'", "''") + "'") + ")"
                                : "/" + at(i));
            }
            return out.toString();
        }
    }
}
