package io.devicestatus.adapter.graph.http;

import io.devicestatus.application.model.AppConfigurationStatusFilter;
import io.devicestatus.application.model.AppInstallStatusFilter;
import io.devicestatus.application.model.IosUpdateStatusFilter;
import io.devicestatus.application.model.Match;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphEnum;
import io.devicestatus.domain.common.GraphEnumType;
import io.devicestatus.domain.error.Violation;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The properties a kind's list may be filtered on, as a table: how a literal is read (enum names in the request's
 * API version) and which part of the kind's filter record the comparison narrows. {@code eq}, {@code ne} and
 * {@code in} become {@link Match#eq}, {@link Match#ne} and {@link Match.In}; comparisons of one property are and-ed.
 *
 * @param <F> the kind's filter record
 */
final class FilterFields<F> {

    static final FilterFields<IosUpdateStatusFilter> IOS_UPDATE = new FilterFields<>(
            IosUpdateStatusFilter.ANY,
            List.of(
                    Field.enumeration(
                            "installStatus",
                            IosUpdatesInstallStatus.TYPE,
                            IosUpdateStatusFilter::installStatus,
                            IosUpdateStatusFilter::withInstallStatus),
                    Field.enumeration(
                            "status",
                            ComplianceStatus.TYPE,
                            IosUpdateStatusFilter::status,
                            IosUpdateStatusFilter::withStatus),
                    Field.text("deviceId", IosUpdateStatusFilter::deviceId, IosUpdateStatusFilter::withDeviceId)));

    static final FilterFields<AppConfigurationStatusFilter> APP_CONFIGURATION = new FilterFields<>(
            AppConfigurationStatusFilter.ANY,
            List.of(Field.enumeration(
                    "status",
                    ComplianceStatus.TYPE,
                    AppConfigurationStatusFilter::status,
                    (filter, match) -> new AppConfigurationStatusFilter(match))));

    static final FilterFields<AppInstallStatusFilter> APP_INSTALL = new FilterFields<>(
            AppInstallStatusFilter.ANY,
            List.of(
                    Field.enumeration(
                            "installState",
                            ResultantAppState.TYPE,
                            AppInstallStatusFilter::installState,
                            AppInstallStatusFilter::withInstallState),
                    // the same value under its other name, as the entity carries both
                    Field.enumeration(
                            "mobileAppInstallStatusValue",
                            ResultantAppState.TYPE,
                            AppInstallStatusFilter::installState,
                            AppInstallStatusFilter::withInstallState),
                    Field.text("deviceId", AppInstallStatusFilter::deviceId, AppInstallStatusFilter::withDeviceId)));

    private final F any;
    private final Map<String, Field<F, ?>> fields;

    private FilterFields(F any, List<Field<F, ?>> fields) {
        this.any = any;
        this.fields = LinkedHashMap.ofEntries(fields.map(f -> io.vavr.Tuple.of(f.name(), f)));
    }

    /** The filter every comparison narrows, or {@code Invalid} naming each comparison that cannot be taken. */
    Either<Failure, F> filter(List<FilterParser.Comparison> comparisons, ApiVersion version) {
        F filter = any;
        var violations = List.<Violation>empty();
        for (var comparison : comparisons) {
            var field = fields.get(comparison.property());
            if (field.isEmpty()) {
                violations = violations.append(Violation.of(
                        "$filter",
                        comparison.property(),
                        "'" + comparison.property() + "' cannot be filtered on; filterable: "
                                + fields.keySet().mkString(", ")));
                continue;
            }
            var narrowed = field.get().narrow(filter, comparison, version);
            if (narrowed.isValid()) {
                filter = narrowed.get();
            } else {
                violations = violations.appendAll(narrowed.getError());
            }
        }
        return violations.isEmpty()
                ? Either.right(filter)
                : Either.left(Failure.of(new io.devicestatus.application.error.ApplicationError.Invalid(violations)));
    }

    /** One filterable property with value type {@code V}. */
    private record Field<F, V>(
            String name,
            BiFunction<String, ApiVersion, Validation<Violation, V>> read,
            Function<F, Match<V>> get,
            BiFunction<F, Match<V>, F> with) {

        static <F, E extends Enum<E> & GraphEnum> Field<F, E> enumeration(
                String name, GraphEnumType<E> type, Function<F, Match<E>> get, BiFunction<F, Match<E>, F> with) {
            return new Field<>(name, (text, version) -> type.parse("$filter." + name, text, version), get, with);
        }

        static <F> Field<F, String> text(
                String name, Function<F, Match<String>> get, BiFunction<F, Match<String>, F> with) {
            return new Field<>(name, (text, version) -> Validation.valid(text), get, with);
        }

        /** {@code filter} with this property's match and-ed with the comparison; every bad literal is reported. */
        Validation<Seq<Violation>, F> narrow(F filter, FilterParser.Comparison comparison, ApiVersion version) {
            return Validation.sequence(comparison
                            .values()
                            .map(text -> read.apply(text, version).mapError(List::of)))
                    .map(values -> with.apply(filter, get.apply(filter).and(match(comparison.operator(), values))));
        }

        private static <V> Match<V> match(FilterParser.Operator operator, Seq<V> values) {
            return switch (operator) {
                case EQ -> Match.eq(values.head());
                case NE -> Match.ne(values.head());
                case IN -> new Match.In<>(LinkedHashSet.ofAll(values));
            };
        }
    }
}
