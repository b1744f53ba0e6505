package io.devicestatus.domain.common;

import io.devicestatus.domain.error.Violation;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * A user principal name as Graph carries it: an {@code Edm.String} under the rules of every text (bounded, no
 * control characters). Entra's UPNs have the form {@code name@domain}, but Graph's metadata does not require it and
 * its own v1.0 example sends {@code "User Principal Name value"}, so the form is not enforced: a record Intune
 * reports must never be refused for it.
 *
 * @param value never {@code null}
 */
public record UserPrincipalName(String value) {

    public UserPrincipalName {
        Objects.requireNonNull(value, "value");
    }

    /** Validates an optional UPN: {@code null} means absent. */
    public static Validation<Violation, Option<UserPrincipalName>> optional(String field, String value) {
        return Text.optional(field, value, TextLimit.NAME).map(text -> text.map(UserPrincipalName::new));
    }

    @Override
    public String toString() {
        return value;
    }
}
