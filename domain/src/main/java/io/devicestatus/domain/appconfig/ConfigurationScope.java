package io.devicestatus.domain.appconfig;

import io.devicestatus.domain.common.Checks;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.common.Tenanted;
import io.devicestatus.domain.common.Text;
import io.devicestatus.domain.error.DomainError;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The configuration an app-configuration device status belongs to.
 *
 * @param tenant          the tenant the configuration belongs to
 * @param collection      which configuration collection the id is from
 * @param configurationId the configuration's id in that collection; not blank
 */
public record ConfigurationScope(TenantId tenant, ConfigurationCollection collection, String configurationId)
        implements Tenanted {

    public ConfigurationScope {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(configurationId, "configurationId");
    }

    /** Validates a scope taken from input, e.g. a URL. */
    public static Either<DomainError, ConfigurationScope> of(
            TenantId tenant, ConfigurationCollection collection, String configurationId) {
        var owner = Checks.required("scope.tenant", tenant);
        var kind = Checks.required("scope.collection", collection);
        var id = Text.identifier("scope.configurationId", configurationId);
        return Checks.result(
                Checks.violations(owner, kind, id), () -> new ConfigurationScope(owner.get(), kind.get(), id.get()));
    }
}
