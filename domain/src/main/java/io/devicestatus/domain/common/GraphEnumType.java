package io.devicestatus.domain.common;

import io.devicestatus.domain.error.Violation;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * Parsing for one Graph enumeration. Wire names are case-sensitive, as Graph's are; a numeric value is accepted
 * wherever a name is (OData's {@code enumMemberValue}). Every refusal names the field, the rejected text and the
 * allowed names.
 *
 * @param <E> the enum type
 */
public final class GraphEnumType<E extends Enum<E> & GraphEnum> {

    private final String graphName;
    private final List<E> members;
    private final Map<String, E> byWireName;
    private final Map<Integer, E> byValue;
    /** Members per API version, computed once: parsing runs per property of every record imported. */
    private final Map<ApiVersion, List<E>> byVersion;

    private GraphEnumType(String graphName, Class<E> type) {
        this.graphName = graphName;
        this.members = List.of(type.getEnumConstants());
        this.byWireName = LinkedHashMap.ofEntries(members.map(m -> Tuple.of(m.wireName(), m)));
        this.byValue = LinkedHashMap.ofEntries(members.map(m -> Tuple.of(m.value(), m)));
        this.byVersion = LinkedHashMap.ofEntries(List.of(ApiVersion.values())
                .map(v -> Tuple.of(v, members.filter(m -> m.existsIn(v)))));
        if (byWireName.size() != members.size() || byValue.size() != members.size()) {
            throw new IllegalStateException(graphName + " has duplicate wire names or values");
        }
    }

    /**
     * @param graphName the enumeration's name in Graph's metadata, e.g. {@code iosUpdatesInstallStatus}
     * @param type      the Java enum implementing it
     */
    public static <E extends Enum<E> & GraphEnum> GraphEnumType<E> of(String graphName, Class<E> type) {
        return new GraphEnumType<>(Objects.requireNonNull(graphName), Objects.requireNonNull(type));
    }

    /** The enumeration's name in Graph's metadata. */
    public String graphName() {
        return graphName;
    }

    /** All members in declaration order. */
    public List<E> members() {
        return members;
    }

    /** The members that exist in the given API version, in declaration order. */
    public List<E> members(ApiVersion version) {
        return byVersion.get(version).get();
    }

    /** Parses a wire name or a decimal numeric value, in any API version. */
    public Validation<Violation, E> parse(String field, String text) {
        return parse(field, text, members);
    }

    /** Parses a wire name or a decimal numeric value that must exist in the given API version. */
    public Validation<Violation, E> parse(String field, String text, ApiVersion version) {
        return parse(field, text, members(version))
                .flatMap(m -> m.existsIn(version)
                        ? Validation.valid(m)
                        : Validation.invalid(Violation.of(
                                field,
                                text,
                                "'" + text + "' exists only in "
                                        + List.ofAll(m.versions())
                                                .map(ApiVersion::pathSegment)
                                                .mkString(", ")
                                        + "; allowed in " + version.pathSegment() + ": " + names(members(version)))));
    }

    /** Looks a member up by Graph's numeric value. */
    public Validation<Violation, E> fromValue(String field, int value) {
        return byValue.get(value)
                .toValidation(() -> Violation.of(
                        field,
                        value,
                        value + " is not a value of " + graphName + "; allowed: "
                                + members.map(m -> m.wireName() + "=" + m.value())
                                        .mkString(", ")));
    }

    private Validation<Violation, E> parse(String field, String text, List<E> allowed) {
        if (text == null) {
            return Validation.invalid(Violation.missing(field));
        }
        Option<E> found = byWireName.get(text).orElse(() -> numeric(text).flatMap(byValue::get));
        return found.toValidation(() -> Violation.of(field, text, unknownMessage(text, allowed)));
    }

    private String unknownMessage(String text, List<E> allowed) {
        // only a member the caller may send is suggested: 'Timeout' on v1.0 gets no "did you mean 'timeout'" (beta)
        String hint = allowed.find(m -> m.wireName().equalsIgnoreCase(text))
                .map(m -> " (names are case-sensitive: did you mean '" + m.wireName() + "'?)")
                .getOrElse("");
        return "'" + text + "' is not a " + graphName + hint + "; allowed: " + names(allowed);
    }

    private static Option<Integer> numeric(String text) {
        if (!text.matches("-?[0-9]{1,10}")) {
            return Option.none();
        }
        long value = Long.parseLong(text);
        return value == (int) value ? Option.some((int) value) : Option.none();
    }

    private static String names(List<? extends GraphEnum> members) {
        return members.map(GraphEnum::wireName).mkString(", ");
    }

    @Override
    public String toString() {
        return graphName;
    }
}
