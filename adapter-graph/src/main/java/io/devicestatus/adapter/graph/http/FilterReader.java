package io.devicestatus.adapter.graph.http;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.Match;
import io.devicestatus.application.model.Property;
import io.devicestatus.application.model.PropertyTable;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.ValueType;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.error.Violation;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Try;
import io.vavr.control.Validation;

/**
 * OData comparisons read into a {@link StatusFilter}, for any status type: the properties that may be compared are
 * the {@link Property#filterable() filterable} ones of its table in the request's API version, and a literal is
 * read by the property's {@link ValueType} (enum names in the request's version). {@code eq}, {@code ne} and
 * {@code in} become {@link Match#eq}, {@link Match#ne} and {@link Match.In}; comparisons of one property are and-ed.
 */
final class FilterReader {

    private FilterReader() {}

    /** The filter every comparison narrows, or {@code Invalid} naming each comparison that cannot be taken. */
    static <D> Either<Failure, StatusFilter<D>> filter(
            PropertyTable<D> table, List<FilterParser.Comparison> comparisons, ApiVersion version) {
        var filterable = table.filterable().filter(property -> property.existsIn(version));
        StatusFilter<D> filter = StatusFilter.any();
        var violations = List.<Violation>empty();
        for (var comparison : comparisons) {
            var property = filterable.find(p -> p.name().equals(comparison.property()));
            if (property.isEmpty()) {
                violations = violations.append(Violation.of(
                        "$filter",
                        comparison.property(),
                        "'" + comparison.property() + "' cannot be filtered on; filterable: "
                                + filterable.map(Property::name).mkString(", ")));
                continue;
            }
            var narrowed = narrow(filter, property.get(), comparison, version);
            if (narrowed.isValid()) {
                filter = narrowed.get();
            } else {
                violations = violations.appendAll(narrowed.getError());
            }
        }
        return violations.isEmpty()
                ? Either.right(filter)
                : Either.left(Failure.of(new ApplicationError.Invalid(violations)));
    }

    /** {@code filter} with the property's match and-ed with the comparison; every bad literal is reported. */
    private static <D, V> Validation<Seq<Violation>, StatusFilter<D>> narrow(
            StatusFilter<D> filter, Property<D, V> property, FilterParser.Comparison comparison, ApiVersion version) {
        var field = "$filter." + property.name();
        return Validation.sequence(comparison
                        .values()
                        .map(text ->
                                literal(property.type(), field, text, version).mapError(List::of)))
                .map(values -> filter.and(property, match(comparison.operator(), values)));
    }

    /** A literal of {@code type}, as its JSON form would be read. */
    private static <V> Validation<Violation, V> literal(
            ValueType<V> type, String field, String text, ApiVersion version) {
        Validation<Violation, ?> read;
        if (type instanceof ValueType.Enumeration<?> enumeration) {
            read = enumeration.type().parse(field, text, version);
        } else if (type instanceof ValueType.Int32) {
            read = Try.of(() -> Integer.valueOf(text))
                    .toValidation(ignored -> Violation.of(field, text, "is not an Int32 number"));
        } else if (type instanceof ValueType.DateTime) {
            read = GraphDateTime.parse(field, text);
        } else {
            read = Validation.valid(text);
        }
        return read.map(type.javaType()::cast);
    }

    private static <V> Match<V> match(FilterParser.Operator operator, Seq<V> values) {
        return switch (operator) {
            case EQ -> Match.eq(values.head());
            case NE -> Match.ne(values.head());
            case IN -> new Match.In<>(LinkedHashSet.ofAll(values));
        };
    }
}
