package io.devicestatus.domain.common;

import io.devicestatus.domain.error.Violation;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * The key of a device-status entity (Graph's {@code id}). Graph issues GUID strings; the domain requires only a
 * non-blank, bounded identifier, so that ids minted elsewhere survive a round trip. It must be usable as one URL
 * path segment, so {@code .} and {@code ..} are refused: HTTP servers and clients resolve them as "here" and "up".
 *
 * @param value never {@code null}
 */
public record StatusId(String value) {

    public StatusId {
        Objects.requireNonNull(value, "value");
    }

    public static Validation<Violation, StatusId> of(String value) {
        return Text.identifier("id", value)
                .flatMap(id -> id.equals(".") || id.equals("..")
                        ? Validation.invalid(Violation.of("id", id, "cannot be '.' or '..': an id is one URL path "
                                + "segment, and those two mean this and the parent path"))
                        : Validation.valid(id))
                .map(StatusId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
