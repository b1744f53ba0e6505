package io.devicestatus.app;

import io.devicestatus.adapter.graph.codec.EntityCodecs;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.service.DeviceStatusApplication;
import io.devicestatus.domain.appconfig.ConfigurationCollection;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.error.DomainError;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Which statuses a command works on: a tenant (required: there is no default), a status type, and optionally one
 * parent scope (a configuration; an app and its user-install status).
 */
final class SelectionOptions {

    /** The status types by their command-line names. */
    enum Type {
        IOS_UPDATE("ios-update"),
        APP_CONFIGURATION("app-configuration"),
        APP_INSTALL("app-install");

        final String option;

        Type(String option) {
            this.option = option;
        }

        @Override
        public String toString() {
            return option;
        }

        /** The collection's path as Graph's {@code @odata.context} names it, for a scope of this type. */
        String contextPath(Object scope) {
            return switch (this) {
                case IOS_UPDATE -> "deviceManagement/iosUpdateStatuses";
                case APP_CONFIGURATION, APP_INSTALL -> "deviceAppManagement/" + contextScope(scope) + "/deviceStatuses";
            };
        }

        private static String contextScope(Object scope) {
            if (scope instanceof ConfigurationScope configuration) {
                return configuration.collection().pathSegment() + "('" + configuration.configurationId() + "')";
            }
            var install = (AppInstallScope) scope;
            return "mobileApps('" + install.mobileAppId() + "')"
                    + install.userStatusId()
                            .map(user -> "/userStatuses('" + user + "')")
                            .getOrElse("");
        }
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @picocli.CommandLine.Option(names = "--tenant", required = true, paramLabel = "GUID")
    String tenant;

    @picocli.CommandLine.Option(names = "--type", required = true, paramLabel = "TYPE", converter = TypeConverter.class)
    Type type;

    @picocli.CommandLine.Option(names = "--configuration", paramLabel = "ID")
    String configuration;

    @picocli.CommandLine.Option(names = "--collection", defaultValue = "mobileAppConfigurations", paramLabel = "NAME")
    String collection;

    @picocli.CommandLine.Option(names = "--app", paramLabel = "ID")
    String app;

    @picocli.CommandLine.Option(names = "--user-status", paramLabel = "ID")
    String userStatus;

    /** The selected statuses of {@code application}; a usage error (exit code 2) for options that do not fit. */
    StatusSelection<?, ?, ?> select(DeviceStatusApplication application) {
        var owner = TenantOption.parse(spec.commandLine(), "--tenant", tenant);
        refuse(
                type != Type.APP_CONFIGURATION && configuration != null,
                "--configuration needs --type app-configuration");
        refuse(
                type != Type.APP_INSTALL && (app != null || userStatus != null),
                "--app and --user-status need --type app-install");
        refuse(userStatus != null && app == null, "--user-status needs --app");
        return switch (type) {
            case IOS_UPDATE ->
                new StatusSelection<>(
                        owner, application.iosUpdates(), EntityCodecs.IOS_UPDATE, Option.some(TenantScope.of(owner)));
            case APP_CONFIGURATION ->
                new StatusSelection<>(
                        owner,
                        application.appConfigurations(),
                        EntityCodecs.APP_CONFIGURATION,
                        Option.of(configuration).map(id -> scope(ConfigurationScope.of(owner, collection(), id))));
            case APP_INSTALL ->
                new StatusSelection<>(
                        owner,
                        application.appInstalls(),
                        EntityCodecs.APP_INSTALL,
                        Option.of(app).map(id -> scope(AppInstallScope.of(owner, id, userStatus))));
        };
    }

    private ConfigurationCollection collection() {
        return collection(spec.commandLine(), collection);
    }

    private <S> S scope(Either<DomainError, S> scope) {
        return scope(spec.commandLine(), scope);
    }

    /** {@code --collection} by its path segment; a usage error naming the two collections otherwise. */
    static ConfigurationCollection collection(CommandLine commandLine, String name) {
        return List.of(ConfigurationCollection.values())
                .find(c -> c.pathSegment().equals(name))
                .getOrElseThrow(() -> new ParameterException(
                        commandLine,
                        "--collection '" + name
                                + "' is not a configuration collection: mobileAppConfigurations or"
                                + " iosLobAppProvisioningConfigurations"));
    }

    /** A scope built from options; a usage error with the domain's message when the options make none. */
    static <S> S scope(CommandLine commandLine, Either<DomainError, S> scope) {
        return scope.getOrElseThrow(error ->
                new ParameterException(commandLine, ApplicationError.of(error).message()));
    }

    private void refuse(boolean wrong, String message) {
        if (wrong) {
            throw new ParameterException(spec.commandLine(), message);
        }
    }

    /** {@code --type} by its command-line name. */
    static final class TypeConverter implements picocli.CommandLine.ITypeConverter<Type> {
        @Override
        public Type convert(String value) {
            return List.of(Type.values())
                    .find(t -> t.option.equals(value))
                    .getOrElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                            "'" + value + "' is not a status type: ios-update, app-configuration or app-install"));
        }
    }
}
