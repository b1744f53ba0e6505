package io.devicestatus.adapter.sql;

import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * How {@link SqlStatusStore#migrate(MigrationOptions)} brings a schema up.
 *
 * <p>Schema version 3 gives every status a tenant. Statuses stored before it (a database at version 1 or 2 holding
 * rows) belong to whichever tenant the operator says; nobody else can know. With no tenant named and such rows
 * present the migration is refused, before anything changes, with a message that says how to name it
 * ({@code tenantSetting}). An empty database, or one already at version 3, needs no tenant.
 *
 * <pre>{@code
 * store.migrate(MigrationOptions.defaults());                                    // new or current databases
 * store.migrate(MigrationOptions.existingRowsIn(TenantId.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47")));
 * store.migrate(new MigrationOptions(tenantFromFlag, "--existing-rows-tenant")); // an app passing its option on
 * }</pre>
 *
 * <p>The same choice reaches the SQL scripts as the Flyway placeholder {@value #PLACEHOLDER} (the tenant's GUID, or
 * {@code ''} for none): a platform that runs the scripts from {@code db/device-status/<vendor>} with its own Flyway must
 * define it, and the scripts refuse rows without a tenant themselves.
 *
 * @param existingRowsTenant the tenant that statuses stored before schema version 3 belong to; none when there are
 *                           none (or to be refused if there are)
 * @param tenantSetting      how an operator names that tenant in this deployment (a command-line option, a
 *                           property), as the refusal tells them
 */
public record MigrationOptions(Option<TenantId> existingRowsTenant, String tenantSetting) {

    /** The Flyway placeholder the scripts read the tenant from. */
    public static final String PLACEHOLDER = "existing_rows_tenant";

    private static final String API_SETTING = "SqlStatusStore.migrate(MigrationOptions.existingRowsIn(tenant))";

    public MigrationOptions {
        Objects.requireNonNull(existingRowsTenant, "existingRowsTenant");
        Objects.requireNonNull(tenantSetting, "tenantSetting");
        if (tenantSetting.isBlank()) {
            throw new IllegalArgumentException("tenantSetting must say how to name the tenant");
        }
    }

    /** No tenant for existing rows: enough for an empty database or one at version 3 already. */
    public static MigrationOptions defaults() {
        return new MigrationOptions(Option.none(), API_SETTING);
    }

    /** Statuses stored before version 3 belong to {@code tenant}. */
    public static MigrationOptions existingRowsIn(TenantId tenant) {
        return new MigrationOptions(Option.some(Objects.requireNonNull(tenant, "tenant")), API_SETTING);
    }

    /** The placeholder's value: the tenant's GUID, or {@code ''} when none was named. */
    String placeholderValue() {
        return existingRowsTenant.map(TenantId::toString).getOrElse("");
    }
}
