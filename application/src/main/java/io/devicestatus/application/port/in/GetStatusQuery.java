package io.devicestatus.application.port.in;

import io.devicestatus.domain.common.StatusId;
import jakarta.validation.constraints.NotNull;

/**
 * Read one status.
 *
 * @param scope the scope it must belong to; a status of another scope is not found
 * @param id    its id, the one the entity carries ({@code status.id()}); checked as the domain checks ids (not
 *              blank, at most 128 characters, no control characters), else {@code Invalid} on field {@code id}
 */
public record GetStatusQuery<S>(@NotNull S scope, @NotNull StatusId id) {

    /**
     * The longest id a status may have, in UTF-16 units: the domain allows 128 code points
     * ({@code TextLimit.IDENTIFIER}, written out because an enum's value is no compile-time constant), and each may
     * take two units. Bounds the cursors that carry an id.
     */
    public static final int MAX_ID_LENGTH = 2 * 128;
}
