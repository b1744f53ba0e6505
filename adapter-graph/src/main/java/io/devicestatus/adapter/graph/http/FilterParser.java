package io.devicestatus.adapter.graph.http;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * OData's {@code $filter}, as far as this API takes it: comparisons {@code property eq 'value'},
 * {@code property ne 'value'} and {@code property in ('value', ...)} joined by {@code and}, with parentheses.
 * Anything else ({@code or}, {@code not}, functions, numbers, {@code null}) is refused with a message saying what is
 * supported.
 */
final class FilterParser {

    /** The comparison operators taken. */
    enum Operator {
        /** {@code eq}: one value. */
        EQ,
        /** {@code ne}: one value. */
        NE,
        /** {@code in}: one or more values. */
        IN
    }

    /** One comparison of {@code property} with its literal {@code values} (one for {@code eq} and {@code ne}). */
    record Comparison(String property, Operator operator, List<String> values) {
        Comparison {
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(values, "values");
            if (values.isEmpty() || operator != Operator.IN && values.size() != 1) {
                throw new IllegalArgumentException(operator + " takes "
                        + (operator == Operator.IN ? "at least one" : "exactly one") + " value; got " + values);
            }
        }

        static Comparison eq(String property, String value) {
            return new Comparison(property, Operator.EQ, List.of(value));
        }

        static Comparison ne(String property, String value) {
            return new Comparison(property, Operator.NE, List.of(value));
        }

        static Comparison in(String property, List<String> values) {
            return new Comparison(property, Operator.IN, values);
        }
    }

    static final String SUPPORTED = "$filter supports comparisons property eq 'value', property ne 'value' and"
            + " property in ('value', ...) joined by and, with parentheses";

    /**
     * The most values one {@code in} takes: each becomes a bind parameter of a store's query, and a list this long
     * is already past what a client would write by hand.
     */
    static final int MAX_IN_VALUES = 100;

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
        switch (operator) {
            case "eq", "ne" -> {
                skipSpace();
                String value = literal(property);
                return List.of(operator.equals("eq") ? Comparison.eq(property, value) : Comparison.ne(property, value));
            }
            case "in" -> {
                skipSpace();
                return List.of(Comparison.in(property, literals(property)));
            }
            default -> {
                at = operatorStart;
                throw error(
                        operator.isEmpty()
                                ? "expected eq, ne or in after " + property
                                : "operator '" + operator + "' is not supported");
            }
        }
    }

    /** The parenthesised list after {@code in}: one or more literals separated by commas (OData needs one). */
    private List<String> literals(String property) {
        if (!peek('(')) {
            throw error("expected '(' and a list of values after " + property + " in");
        }
        int open = at++;
        skipSpace();
        if (peek(')')) {
            at = open;
            throw error("the list after " + property + " in is empty; it needs at least one value");
        }
        var values = List.<String>empty();
        while (true) {
            if (values.size() == MAX_IN_VALUES) {
                throw error("more than " + MAX_IN_VALUES + " values in one list are not supported");
            }
            values = values.append(literal(property));
            skipSpace();
            if (peek(')')) {
                at++;
                return values;
            }
            if (!peek(',')) {
                throw error(
                        at < text.length()
                                ? "expected ',' or ')' in the list after " + property + " in"
                                : "expected ')'");
            }
            at++;
            skipSpace();
        }
    }

    private String literal(String property) {
        if (!peek('\'')) {
            int start = at;
            String word = word();
            at = start;
            throw error(
                    word.equals("null")
                            ? "comparing " + property + " with null is not supported"
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
        while (at < text.length()
                && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_' || text.charAt(at) == '.')) {
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
