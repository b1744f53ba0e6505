package io.devicestatus.domain.error;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * One reason an input was refused.
 *
 * @param field         the JSON property path as Graph names it ({@code installStateDetail}, {@code scope.mobileAppId})
 * @param rejectedValue the value as received, rendered as text; empty when the value was missing
 * @param message       what is wrong and what is allowed, readable without the other two fields
 */
public record Violation(String field, Option<String> rejectedValue, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rejectedValue, "rejectedValue");
        Objects.requireNonNull(message, "message");
    }

    /** A violation about a value that was present. */
    public static Violation of(String field, Object rejectedValue, String message) {
        return new Violation(field, Option.of(rejectedValue).map(String::valueOf), message);
    }

    /** A violation about a required value that was absent. */
    public static Violation missing(String field) {
        return new Violation(field, Option.none(), "is required");
    }

    @Override
    public String toString() {
        return field + rejectedValue.map(v -> " '" + v + "'").getOrElse("") + ": " + message;
    }
}
