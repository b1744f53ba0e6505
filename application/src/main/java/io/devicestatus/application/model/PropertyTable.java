package io.devicestatus.application.model;

import io.devicestatus.domain.common.GraphDateTime;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Function;

/**
 * The properties of one status type, declared once, in Graph's order, with the constructor of its draft: the one
 * place that knows the type's properties. The kinds, the JSON codec, the filters (in memory, SQL and OData) and the
 * service document derive what they need from it; see CONTRIBUTING.md for adding a property.
 *
 * <p>The table checks itself when built: names are unique, and the draft's constructor puts every value where its
 * property reads it back (so two arguments given in the wrong order fail at once, not in a test of one adapter).
 *
 * @param <D> the draft type (a record whose components are the properties, {@code null} meaning absent)
 */
public final class PropertyTable<D> {

    private final Seq<Property<D, ?>> properties;
    private final Map<String, Property<D, ?>> byName;
    private final Function<Values, D> constructor;
    /** Property names that carry one value under two names, each mapped to its twin. */
    private final Map<String, String> twins;

    private final D emptyDraft;

    private PropertyTable(Seq<Property<D, ?>> properties, Function<Values, D> constructor, Map<String, String> twins) {
        this.properties = properties;
        this.byName = LinkedHashMap.ofEntries(properties.map(p -> Tuple.of(p.name(), p)));
        this.constructor = Objects.requireNonNull(constructor, "constructor");
        this.twins = twins;
        if (byName.size() != properties.size()) {
            throw new IllegalArgumentException("duplicate property names in " + properties);
        }
        this.emptyDraft = constructor.apply(new Values(HashMap.empty()));
        checkConstructor();
    }

    /**
     * @param constructor builds a draft from values by property, e.g. {@code v -> new Draft(v.get(A), v.get(B))}
     * @param properties  the properties in Graph's order
     */
    @SafeVarargs
    public static <D> PropertyTable<D> of(Function<Values, D> constructor, Property<D, ?>... properties) {
        return new PropertyTable<>(List.of(properties), constructor, HashMap.empty());
    }

    /**
     * This table, where {@code one} and {@code other} are one value under two names (Graph's
     * {@code installState} and {@code mobileAppInstallStatusValue}): a partial update that changes either changes
     * both.
     */
    public <V> PropertyTable<D> withTwins(Property<D, V> one, Property<D, V> other) {
        if (!properties.contains(one) || !properties.contains(other)) {
            throw new IllegalArgumentException(one + " and " + other + " must both be in " + names());
        }
        return new PropertyTable<>(
                properties, constructor, twins.put(one.name(), other.name()).put(other.name(), one.name()));
    }

    /** Every property, in Graph's order. */
    public Seq<Property<D, ?>> all() {
        return properties;
    }

    public Option<Property<D, ?>> named(String name) {
        return byName.get(name);
    }

    /** Every property's name, in Graph's order. */
    public Seq<String> names() {
        return properties.map(Property::name);
    }

    /** The names of the properties Graph lets be {@code null}. */
    public Seq<String> nullableNames() {
        return properties.filter(p -> p.nullable()).map(Property::name);
    }

    /** The properties a list may be filtered on. */
    public Seq<Property<D, ?>> filterable() {
        return properties.filter(p -> p.filterable());
    }

    /** The draft with every property absent: the empty partial update. */
    public D emptyDraft() {
        return emptyDraft;
    }

    /** A builder of a draft of this type, every property absent until {@link DraftBuilder#set set}. */
    public DraftBuilder<D> builder() {
        return DraftBuilder.empty(this);
    }

    /** A builder holding {@code draft}'s properties, to change some of them. */
    public DraftBuilder<D> builder(D draft) {
        return DraftBuilder.from(this, draft);
    }

    /**
     * The draft holding {@code values} by property name, the others absent. Each value must be of its property's
     * {@link ValueType#javaType() type}.
     */
    public D draft(Map<String, Object> values) {
        var unknown = values.keySet().removeAll(byName.keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("not properties of this type: " + unknown.mkString(", "));
        }
        return constructor.apply(new Values(values));
    }

    /**
     * A partial update applied to a stored draft: each property of {@code changes} that is not {@code null} (or whose
     * twin is not) replaces the stored one, each name in {@code cleared} becomes {@code null}, the rest keeps its
     * value.
     */
    public D merge(D stored, D changes, Seq<String> cleared) {
        return draft(LinkedHashMap.ofEntries(properties.map(property -> {
            Object value = cleared.contains(property.name())
                    ? null
                    : Option.<Object>of(change(property, changes)).getOrElse(() -> property.get(stored));
            return Tuple.of(property.name(), value);
        })));
    }

    private Object change(Property<D, ?> property, D changes) {
        Object own = property.get(changes);
        if (own != null) {
            return own;
        }
        return twins.get(property.name())
                .map(twin -> byName.get(twin).get().get(changes))
                .getOrNull();
    }

    /** Builds a draft of distinct sample values and reads each back through its property. */
    private void checkConstructor() {
        var samples =
                LinkedHashMap.ofEntries(properties.zipWithIndex().map(p -> Tuple.of(p._1.name(), sample(p._1, p._2))));
        var built = constructor.apply(new Values(samples));
        var misplaced = properties.filter(
                p -> !Objects.equals(p.get(built), samples.get(p.name()).get()));
        if (!misplaced.isEmpty()) {
            throw new IllegalStateException(
                    "the draft's constructor does not put these where they are read: " + misplaced.mkString(", "));
        }
    }

    private static Object sample(Property<?, ?> property, int index) {
        var type = property.type();
        if (type instanceof ValueType.Enumeration<?> enumeration) {
            var members = enumeration.type().members();
            return members.get(index % members.size());
        }
        if (type instanceof ValueType.Int32) {
            return index + 1;
        }
        if (type instanceof ValueType.DateTime) {
            return GraphDateTime.of(property.name(), OffsetDateTime.of(2020, 1, 1, 0, 0, index, 0, ZoneOffset.UTC))
                    .get();
        }
        return property.name() + index;
    }

    @Override
    public String toString() {
        return names().mkString("[", ", ", "]");
    }

    /** The values a draft is built from, by property; {@code null} for an absent one. */
    public static final class Values {
        private final Map<String, Object> byName;

        private Values(Map<String, Object> byName) {
            this.byName = byName;
        }

        public <V> V get(Property<?, V> property) {
            return property.type().javaType().cast(byName.get(property.name()).getOrNull());
        }
    }
}
