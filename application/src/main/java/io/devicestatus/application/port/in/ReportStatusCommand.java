package io.devicestatus.application.port.in;

import jakarta.validation.constraints.NotNull;

/**
 * A device's report: creates its status when its natural key (scope + the kind's key properties) is new, otherwise
 * advances the stored one under the domain's lifecycle and time rules.
 *
 * @param scope the parent scope
 * @param draft the whole reported state; the kind's natural-key properties are required
 */
public record ReportStatusCommand<S, D>(
        @NotNull S scope, @NotNull D draft) {}
