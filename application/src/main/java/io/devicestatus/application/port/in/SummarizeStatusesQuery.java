package io.devicestatus.application.port.in;

import io.devicestatus.domain.common.TenantId;
import jakarta.validation.constraints.NotNull;

/**
 * Count a tenant's statuses per state value.
 *
 * @param tenant the tenant whose statuses are counted
 * @param scope  the scope to count, which must belong to {@code tenant}; {@code null} counts every scope of the
 *               tenant, each separately
 */
public record SummarizeStatusesQuery<S>(@NotNull TenantId tenant, S scope) {}
