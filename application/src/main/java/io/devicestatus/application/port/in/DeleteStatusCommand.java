package io.devicestatus.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Remove a status. A status that does not exist (or belongs to another scope) is {@code NotFound}.
 *
 * @param scope           the scope it belongs to
 * @param id              the status
 * @param expectedVersion delete only if it is at this version; {@code null} for unconditional
 */
public record DeleteStatusCommand<S>(
        @NotNull S scope,
        @NotBlank @Size(max = GetStatusQuery.MAX_ID_LENGTH) String id,
        @Positive Long expectedVersion) {}
