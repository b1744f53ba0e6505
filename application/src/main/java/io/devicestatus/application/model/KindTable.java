package io.devicestatus.application.model;

import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.common.Tenanted;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * The constant part of a {@link StatusKind}, as one table per status type: its Graph name and its property lists.
 * The kinds extend it and add only behaviour.
 */
abstract class KindTable<T, S extends Tenanted, D, F extends StatusFilter<T>> implements StatusKind<T, S, D, F> {

    private final String graphType;
    private final Seq<String> properties;
    private final Seq<String> nullableProperties;
    private final Seq<String> naturalKeyProperties;
    private final Seq<String> stateProperties;
    private final D emptyDraft;
    private final F anyFilter;

    KindTable(
            String graphType,
            Seq<String> properties,
            Seq<String> nullableProperties,
            Seq<String> naturalKeyProperties,
            Seq<String> stateProperties,
            D emptyDraft,
            F anyFilter) {
        this.graphType = Objects.requireNonNull(graphType, "graphType");
        this.properties = properties;
        this.nullableProperties = nullableProperties;
        this.naturalKeyProperties = naturalKeyProperties;
        this.stateProperties = stateProperties;
        this.emptyDraft = Objects.requireNonNull(emptyDraft, "emptyDraft");
        this.anyFilter = Objects.requireNonNull(anyFilter, "anyFilter");
        if (!properties.containsAll(nullableProperties)
                || !properties.containsAll(naturalKeyProperties)
                || !properties.containsAll(stateProperties)) {
            throw new IllegalArgumentException(graphType + ": every listed property must be one of " + properties);
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
    public final Seq<String> properties() {
        return properties;
    }

    @Override
    public final Seq<String> nullableProperties() {
        return nullableProperties;
    }

    @Override
    public final Seq<String> naturalKeyProperties() {
        return naturalKeyProperties;
    }

    @Override
    public final Seq<String> stateProperties() {
        return stateProperties;
    }

    @Override
    public final D emptyDraft() {
        return emptyDraft;
    }

    @Override
    public final F anyFilter() {
        return anyFilter;
    }

    @Override
    public final String toString() {
        return graphType;
    }
}
