package io.devicestatus.domain.appconfig;

import io.devicestatus.domain.common.Checks;
import io.devicestatus.domain.common.Text;
import io.devicestatus.domain.error.DomainError;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The configuration an app-configuration device status belongs to.
 *
 * @param collection      which configuration collection the id is from
 * @param configurationId the configuration's id in that collection; not blank
 */
public record ConfigurationScope(ConfigurationCollection collection, String configurationId) {

    public ConfigurationScope {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(configurationId, "configurationId");
    }

    /** Validates a scope taken from input, e.g. a URL. */
    public static Either<DomainError, ConfigurationScope> of(ConfigurationCollection collection, String configurationId) {
        var kind = Checks.required("scope.collection", collection);
        var id = Text.identifier("scope.configurationId", configurationId);
        return Checks.result(Checks.violations(kind, id), () -> new ConfigurationScope(kind.get(), id.get()));
    }
}
