package io.devicestatus.domain.common;

import io.devicestatus.domain.error.DomainError;
import io.devicestatus.domain.error.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.function.Supplier;

/**
 * Accumulates field checks so that a factory reports every violation at once. vavr's {@code Validation.combine}
 * stops at eight arguments; the aggregates have up to fourteen properties.
 */
public final class Checks {

    private Checks() {}

    /** The violations among {@code results}, in argument order. */
    @SafeVarargs
    public static Seq<Violation> violations(Validation<Violation, ?>... results) {
        var violations = List.<Violation>empty();
        for (Validation<Violation, ?> result : results) {
            violations = result.isInvalid() ? violations.append(result.getError()) : violations;
        }
        return violations;
    }

    /** {@code build}'s value when there is no violation, otherwise {@link DomainError.Invalid} with all of them. */
    public static <T> Either<DomainError, T> result(Seq<Violation> violations, Supplier<T> build) {
        return violations.isEmpty() ? Either.right(build.get()) : Either.left(new DomainError.Invalid(violations));
    }

    /** A required value: {@code null} is a {@link Violation#missing(String) missing} violation. */
    public static <T> Validation<Violation, T> required(String field, T value) {
        return value == null ? Validation.invalid(Violation.missing(field)) : Validation.valid(value);
    }

    /** A violation when a property that may never change ({@code id}, {@code scope}) differs. */
    public static Seq<Violation> unchanged(String field, Object stored, Object received) {
        return stored.equals(received)
                ? List.empty()
                : List.of(Violation.of(field, received, "cannot change from '" + stored + "'"));
    }
}
