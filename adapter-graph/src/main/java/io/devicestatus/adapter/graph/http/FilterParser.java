package io.devicestatus.adapter.graph.http;

import io.vavr.collection.List;
import io.vavr.control.Either;

import java.util.Objects;

/**
 * OData's {@code $filter}, as far as this API takes it: comparisons {@code property eq 'value'} and
 * {@code property ne 'value'} joined by {@code and}, with parentheses. Anything else ({@code or}, {@code not},
 * functions, numbers, {@code null}) is refused with a message saying what is supported.
 */
final class FilterParser {

    /** One comparison. {@code equal} is {@code eq}, otherwise {@code ne}. */
    record Comparison(String property, boolean equal, String value) {
        Comparison {
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(value, "value");
        }
    }

    static final String SUPPORTED = "$filter supports comparisons property eq 'value' and property ne 'value'"
            + " joined by and, with parentheses";

    /** Deeper parentheses are refused: the descent is recursive, and ~3000 of them overflowed the stack. */
    static final int MAX_NESTING = 100;

    private final String text;
    private int at;
    private int depth;

    private FilterParser(String text) {
        this.text = text;
    }

    /** The comparisons the filter joins with {@code and}, or why it cannot be taken. */
    static Either<String, List<Comparison>> parse(String text) {
        var parser = new FilterParser(text);
        try {
            var comparisons = parser.conjunction();
            parser.skipSpace();
            if (parser.at < text.length()) {
                throw parser.error("unexpected '" + parser.rest() + "'");
            }
            return Either.right(comparisons);
        } catch (FilterSyntaxException e) {
            return Either.left(e.getMessage());
        }
    }

    private List<Comparison> conjunction() {
        var comparisons = operand();
        while (true) {
            skipSpace();
            int mark = at;
            String word = word();
            if (word.equals("and")) {
                comparisons = comparisons.appendAll(operand());
            } else {
                if (!word.isEmpty()) {
                    at = mark;
                    throw error("'" + word + "' is not supported");
                }
                return comparisons;
            }
        }
    }

    private List<Comparison> operand() {
        skipSpace();
        if (peek('(')) {
            if (++depth > MAX_NESTING) {
                throw error("parentheses nested deeper than " + MAX_NESTING + " are not supported");
            }
            at++;
            var inner = conjunction();
            skipSpace();
            if (!peek(')')) {
                throw error("expected ')'");
            }
            at++;
            depth--;
            return inner;
        }
        int start = at;
        String property = word();
        if (property.isEmpty()) {
            throw error(at < text.length() ? "unexpected '" + rest() + "'" : "a comparison is missing at the end");
        }
        if (property.equals("not")) {
            at = start;
            throw error("'not' is not supported");
        }
        skipSpace();
        if (peek('(')) {
            at = start;
            throw error("functions such as " + property + "() are not supported");
        }
        int operatorStart = at;
        String operator = word();
        if (!operator.equals("eq") && !operator.equals("ne")) {
            at = operatorStart;
            throw error(operator.isEmpty() ? "expected eq or ne after " + property
                    : "operator '" + operator + "' is not supported");
        }
        skipSpace();
        return List.of(new Comparison(property, operator.equals("eq"), literal(property)));
    }

    private String literal(String property) {
        if (!peek('\'')) {
            int start = at;
            String word = word();
            at = start;
            throw error(word.equals("null") ? "comparing " + property + " with null is not supported"
                    : "the value compared with " + property + " must be a string in single quotes");
        }
        var value = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '\'') {
                if (peek('\'')) {
                    value.append('\'');
                    at++;
                } else {
                    return value.toString();
                }
            } else {
                value.append(c);
            }
        }
        throw error("a string is not closed with '");
    }

    /** Letters, digits, dots and underscores: a property, operator or keyword. */
    private String word() {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'
                || text.charAt(at) == '.')) {
            at++;
        }
        return text.substring(start, at);
    }

    private void skipSpace() {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private String rest() {
        return text.substring(at, Math.min(text.length(), at + 20));
    }

    private FilterSyntaxException error(String what) {
        return new FilterSyntaxException(what + " at position " + (at + 1) + "; " + SUPPORTED);
    }

    /** Unwinds the recursive descent; never leaves the parser. */
    private static final class FilterSyntaxException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FilterSyntaxException(String message) {
            super(message, null, false, false);
        }
    }
}
