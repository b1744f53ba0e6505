package io.devicestatus.domain.common;

import io.devicestatus.domain.error.Violation;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Microsoft Entra user principal name, {@code name@domain}: one {@code @}, a non-empty name before it, a non-empty
 * domain after it, no white space.
 *
 * @param value never {@code null}
 */
public record UserPrincipalName(String value) {

    private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s]+");

    public UserPrincipalName {
        Objects.requireNonNull(value, "value");
    }

    /** Validates an optional UPN: {@code null} means absent. */
    public static Validation<Violation, Option<UserPrincipalName>> optional(String field, String value) {
        return Text.optional(field, value, TextLimit.NAME).flatMap(text -> text.isEmpty() || FORM.matcher(text.get()).matches()
                ? Validation.valid(text.map(UserPrincipalName::new))
                : Validation.invalid(Violation.of(field, value, "is not a user principal name of the form name@domain")));
    }

    @Override
    public String toString() {
        return value;
    }
}
