package io.devicestatus.application.model;

import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.GraphEnum;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.common.Tenanted;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The constant part of a {@link StatusKind}: its Graph name, its {@link PropertyTable}, and which of its properties
 * form the natural key and the summarised states. Everything read from properties is derived here, from the
 * status's draft; the kinds add only the calls into the domain.
 */
abstract class KindTable<T, S extends Tenanted, D> implements StatusKind<T, S, D> {

    private final String graphType;
    private final PropertyTable<D> properties;
    private final Seq<Property<D, String>> naturalKey;
    private final Seq<Property<D, ? extends GraphEnum>> states;
    private final Property<D, GraphDateTime> reportTime;

    KindTable(
            String graphType,
            PropertyTable<D> properties,
            Seq<Property<D, String>> naturalKey,
            Seq<Property<D, ? extends GraphEnum>> states,
            Property<D, GraphDateTime> reportTime) {
        this.graphType = Objects.requireNonNull(graphType, "graphType");
        this.properties = Objects.requireNonNull(properties, "properties");
        this.naturalKey = naturalKey;
        this.states = states;
        this.reportTime = reportTime;
        if (!properties.all().containsAll(naturalKey)
                || !properties.all().containsAll(states)
                || !properties.all().contains(reportTime)) {
            throw new IllegalArgumentException(
                    graphType + ": key, state and report-time properties must be among " + properties);
        }
    }

    @Override
    public final TenantId tenant(S scope) {
        return scope.tenant();
    }

    @Override
    public final String graphType() {
        return graphType;
    }

    @Override
    public final PropertyTable<D> properties() {
        return properties;
    }

    @Override
    public final Property<D, GraphDateTime> reportTimeProperty() {
        return reportTime;
    }

    @Override
    public final Seq<String> naturalKeyProperties() {
        return naturalKey.map(Property::name);
    }

    @Override
    public final Option<NaturalKey<S>> naturalKey(T status) {
        var draft = toDraft(status);
        var parts = naturalKey.map(property -> property.get(draft));
        return parts.contains(null) ? Option.none() : Option.some(new NaturalKey<>(scope(status), parts));
    }

    @Override
    public final Seq<String> missingKeyProperties(T status) {
        var draft = toDraft(status);
        return naturalKey.filter(property -> property.get(draft) == null).map(Property::name);
    }

    @Override
    public final Seq<String> stateProperties() {
        return states.map(Property::name);
    }

    @Override
    public final Seq<Tuple2<String, String>> stateValues(T status) {
        var draft = toDraft(status);
        return states.map(
                property -> Tuple.of(property.name(), property.get(draft).wireName()));
    }

    @Override
    public final String toString() {
        return graphType;
    }
}
