package io.devicestatus.application.service;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.domain.error.Violation;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Objects;

/**
 * The use cases' first check: the jakarta.validation constraints on a command or query record (ids not blank, page
 * size in range, required parts present), reported as {@link ApplicationError.Invalid} with the record component
 * as the field path. The domain's invariants come after.
 */
public final class CommandValidator {

    private final Validator validator;

    /** Validates with the given validator (a platform's, configured as it likes). */
    public CommandValidator(Validator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /**
     * Validates with the provider on the class path (hibernate-validator). Building one is costly: build it once and
     * share it. Its factory stays open for the life of the application, since a validator is not usable once its
     * factory is closed.
     */
    @SuppressWarnings("resource")
    public static CommandValidator withDefaultProvider() {
        return new CommandValidator(Validation.buildDefaultValidatorFactory().getValidator());
    }

    /** The command when it meets its constraints, else every violation, ordered by field. */
    public <C> Either<ApplicationError, C> check(C command) {
        if (command == null) {
            return Either.left(ApplicationError.invalid("command", null, "is required"));
        }
        var violations = List.ofAll(validator.validate(command))
                .sorted(Comparator.comparing((ConstraintViolation<C> v) ->
                                v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .map(v -> Violation.of(v.getPropertyPath().toString(), v.getInvalidValue(), v.getMessage()));
        return violations.isEmpty() ? Either.right(command) : Either.left(new ApplicationError.Invalid(violations));
    }
}
