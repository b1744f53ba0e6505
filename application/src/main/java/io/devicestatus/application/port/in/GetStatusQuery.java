package io.devicestatus.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Read one status.
 *
 * @param scope the scope it must belong to; a status of another scope is not found
 * @param id    its id
 */
public record GetStatusQuery<S>(@NotNull S scope, @NotBlank @Size(max = 128) String id) {
}
