package io.devicestatus.adapter.graph.store;

import io.devicestatus.application.model.Match;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.ValueType;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.function.Function;

/**
 * A list filter as OData {@code $filter} text, built one property condition at a time: {@code eq} for one value,
 * {@code in (...)} for several, {@code ne ... and ne ...} for exclusions; conditions are joined by {@code and}. An
 * empty {@code in} passes nothing, which OData cannot say, so the whole filter is then {@link #passesNothing()}.
 *
 * @param conditions   the conditions, each already in OData syntax
 * @param passesNothing whether some condition passes no status
 */
record ODataFilter(Seq<String> conditions, boolean passesNothing) {

    static final ODataFilter ANY = new ODataFilter(List.empty(), false);

    /** This filter and {@code match} on {@code property}, literals written by {@code literal}. */
    <V> ODataFilter and(String property, Match<V> match, Function<V, String> literal) {
        if (match instanceof Match.In<V> in) {
            if (in.values().isEmpty()) {
                return new ODataFilter(conditions, true);
            }
            var values = in.values().toList().map(literal);
            return with(
                    values.size() == 1
                            ? property + " eq " + values.head()
                            : property + " in (" + values.mkString(",") + ")");
        }
        if (match instanceof Match.NotIn<V> notIn) {
            return with(notIn.values()
                    .toList()
                    .map(v -> property + " ne " + literal.apply(v))
                    .mkString(" and "));
        }
        return this;
    }

    /** {@code filter} in OData: each condition on its property, literals as Graph writes them. */
    static <D> ODataFilter of(StatusFilter<D> filter) {
        return filter.conditions().foldLeft(ANY, ODataFilter::and);
    }

    private <D, V> ODataFilter and(StatusFilter.Condition<D, V> condition) {
        var type = condition.property().type();
        boolean quoted = type instanceof ValueType.Text || type instanceof ValueType.Enumeration;
        return and(
                condition.property().name(),
                condition.match(),
                value -> quoted ? quoted(type.text(value)) : type.text(value));
    }

    /** This filter and a condition on a text property. */
    ODataFilter andText(String property, Match<String> match) {
        return and(property, match, ODataFilter::quoted);
    }

    /** The {@code $filter} text; none when it passes everything. */
    Option<String> text() {
        return conditions.isEmpty() ? Option.none() : Option.some(conditions.mkString(" and "));
    }

    private ODataFilter with(String condition) {
        return new ODataFilter(conditions.append(condition), passesNothing);
    }

    /** An OData string literal: quotes doubled. */
    static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
