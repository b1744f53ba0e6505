package io.devicestatus.domain.common;

import io.devicestatus.domain.error.Violation;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * The key of a device-status entity (Graph's {@code id}). Graph issues GUID strings; the domain requires only a
 * non-blank, bounded identifier (see {@link Text#identifier}), so that ids minted elsewhere survive a round trip.
 *
 * @param value never {@code null}
 */
public record StatusId(String value) {

    public StatusId {
        Objects.requireNonNull(value, "value");
    }

    public static Validation<Violation, StatusId> of(String value) {
        return Text.identifier("id", value).map(StatusId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
