package io.devicestatus.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Read one status.
 *
 * @param scope the scope it must belong to; a status of another scope is not found
 * @param id    its id (at most {@value #MAX_ID_LENGTH} UTF-16 units)
 */
public record GetStatusQuery<S>(
        @NotNull S scope,
        @NotBlank @Size(max = MAX_ID_LENGTH) String id) {

    /**
     * The longest id a command may name, in UTF-16 units as {@code @Size} counts them: the domain allows 128 code
     * points ({@code TextLimit.IDENTIFIER}, written out because an enum's value is no compile-time constant), and
     * each may take two units. The domain's exact check applies where an id is minted.
     */
    public static final int MAX_ID_LENGTH = 2 * 128;
}
