package io.devicestatus.application.port.in;

import jakarta.validation.constraints.NotNull;

/**
 * Create a status with a new id.
 *
 * @param scope the parent scope ({@code TenantScope.TENANT} for iOS update statuses)
 * @param draft the properties; {@code null} ones are absent
 */
public record CreateStatusCommand<S, D>(@NotNull S scope, @NotNull D draft) {
}
