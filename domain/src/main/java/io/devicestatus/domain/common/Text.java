package io.devicestatus.domain.common;

import io.devicestatus.domain.error.Violation;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * The rules every text property follows: bounded length ({@link TextLimit}), no control characters (a tab or a
 * line break inside a device name is a corrupt report, and would break logs and CSV exports downstream), and valid
 * Unicode (no unpaired surrogates).
 * Identifiers must also not be blank.
 */
public final class Text {

    private Text() {}

    /** An optional text property: {@code null} means absent. */
    public static Validation<Violation, Option<String>> optional(String field, String value, TextLimit limit) {
        return value == null
                ? Validation.valid(Option.none())
                : checked(field, value, limit).map(Option::some);
    }

    /**
     * A required identifier: present, not blank, bounded, no control characters, and not {@code .} or {@code ..}:
     * ids and parent ids travel as one URL path segment, where HTTP servers and clients resolve those two as "here"
     * and "up".
     */
    public static Validation<Violation, String> identifier(String field, String value) {
        if (value == null) {
            return Validation.invalid(Violation.missing(field));
        }
        if (value.isBlank()) {
            return Validation.invalid(Violation.of(field, value, "must not be blank"));
        }
        if (value.equals(".") || value.equals("..")) {
            return Validation.invalid(Violation.of(
                    field,
                    value,
                    "cannot be '.' or '..': an identifier is one URL "
                            + "path segment, where those two mean this and the parent path"));
        }
        return checked(field, value, TextLimit.IDENTIFIER);
    }

    /** An optional identifier: {@code null} means absent; when present, as {@link #identifier}. */
    public static Validation<Violation, Option<String>> optionalIdentifier(String field, String value) {
        return value == null
                ? Validation.valid(Option.none())
                : identifier(field, value).map(Option::some);
    }

    private static Validation<Violation, String> checked(String field, String value, TextLimit limit) {
        // one pass over the characters: every text property of every write comes through here
        int length = 0;
        int control = -1;
        boolean unpairedSurrogate = false;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            length++;
            if (control < 0 && Character.isISOControl(cp)) {
                control = cp;
            }
            // a surrogate codePointAt did not pair: JSON's \ud800 escapes can carry half a character, which no
            // UTF-8 store can keep
            unpairedSurrogate |= cp <= Character.MAX_VALUE && Character.isSurrogate((char) cp);
        }
        if (length > limit.maxCodePoints()) {
            return Validation.invalid(Violation.of(
                    field,
                    abbreviated(value),
                    "is " + length + " characters long; at most " + limit.maxCodePoints() + " are allowed"));
        }
        if (control >= 0) {
            return Validation.invalid(Violation.of(
                    field,
                    withoutControlCharacters(value),
                    String.format(
                            "contains the control character U+%04X; control characters are not allowed", control)));
        }
        if (unpairedSurrogate) {
            return Validation.invalid(Violation.of(
                    field,
                    abbreviated(value).replaceAll("\\p{Cs}", "?"),
                    "contains an unpaired surrogate (half a character); text must be valid Unicode"));
        }
        return Validation.valid(value);
    }

    /** The rejected value as it may be echoed into a message or a log: control characters become '?'. */
    private static String withoutControlCharacters(String value) {
        return value.codePoints()
                .map(cp -> Character.isISOControl(cp) ? '?' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
