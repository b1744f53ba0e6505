package io.devicestatus.application.model;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * A draft built property by property, type-checked through each {@link Property}'s value type, instead of a record
 * constructor with a dozen positional {@code null}s. Derived from the type's {@link PropertyTable}, so a new property
 * needs no new method here. Immutable: each step answers a new builder.
 *
 * <pre>{@code
 * IosUpdateDeviceStatus.Draft draft = IosUpdateProperties.draft()
 *         .set(IosUpdateProperties.DEVICE_ID, "device-1")
 *         .set(IosUpdateProperties.INSTALL_STATUS, IosUpdatesInstallStatus.AVAILABLE)
 *         .build();
 * }</pre>
 *
 * <p>For a partial update, {@link #clear} names a property to set to {@code null}; {@code UpdateStatusCommand.of}
 * takes the builder whole, its values as the changes and its cleared properties as the names to clear.
 *
 * @param <D> the draft type
 */
public final class DraftBuilder<D> {

    private final PropertyTable<D> table;
    private final Map<String, Object> values;
    private final Seq<Property<D, ?>> cleared;

    DraftBuilder(PropertyTable<D> table, Map<String, Object> values, Seq<Property<D, ?>> cleared) {
        this.table = Objects.requireNonNull(table, "table");
        this.values = values;
        this.cleared = cleared;
    }

    static <D> DraftBuilder<D> empty(PropertyTable<D> table) {
        return new DraftBuilder<>(table, LinkedHashMap.empty(), List.empty());
    }

    /** A builder holding every property {@code draft} has (its non-{@code null} ones). */
    static <D> DraftBuilder<D> from(PropertyTable<D> table, D draft) {
        Objects.requireNonNull(draft, "draft");
        return new DraftBuilder<>(
                table,
                LinkedHashMap.ofEntries(table.all()
                        .filter(p -> p.get(draft) != null)
                        .map(p -> io.vavr.Tuple.of(p.name(), (Object) p.get(draft)))),
                List.empty());
    }

    /** This builder with {@code property} set to {@code value} ({@code null}: absent), and no longer cleared. */
    public <V> DraftBuilder<D> set(Property<D, V> property, V value) {
        own(property);
        var without = cleared.remove(property);
        return value == null
                ? new DraftBuilder<>(table, values.remove(property.name()), without)
                : new DraftBuilder<>(table, values.put(property.name(), value), without);
    }

    /**
     * This builder with {@code property} absent and named to be cleared: in a partial update it becomes {@code null}
     * (only a nullable property may; the use case refuses the others, naming them).
     */
    public DraftBuilder<D> clear(Property<D, ?> property) {
        own(property);
        return new DraftBuilder<>(
                table, values.remove(property.name()), cleared.contains(property) ? cleared : cleared.append(property));
    }

    /** The draft: the properties set, every other one {@code null} (absent). */
    public D build() {
        return table.draft(values);
    }

    /** The properties {@link #clear cleared}, in the order they were named. */
    public Seq<Property<D, ?>> cleared() {
        return cleared;
    }

    /** The names of the {@link #cleared()} properties, as {@code UpdateStatusCommand} takes them. */
    public Seq<String> clearedNames() {
        return cleared.map(Property::name);
    }

    private void own(Property<D, ?> property) {
        Objects.requireNonNull(property, "property");
        if (!table.all().contains(property)) {
            throw new IllegalArgumentException(property + " is not a property of " + table);
        }
    }

    @Override
    public String toString() {
        var set = values.map(e -> e._1 + "=" + e._2).mkString(", ");
        return cleared.isEmpty()
                ? "{" + set + "}"
                : "{" + set + "; cleared " + clearedNames().mkString(", ") + "}";
    }
}
