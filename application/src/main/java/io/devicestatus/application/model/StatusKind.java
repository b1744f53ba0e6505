package io.devicestatus.application.model;

import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.ReportTimePolicy;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.error.DomainError;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * What the use cases and adapters need to know about one status type, so that the orchestration is written once
 * for all three: {@link IosUpdateKind}, {@link AppConfigurationKind}, {@link AppInstallKind}.
 *
 * <p>Property names are Graph's JSON names. {@link #properties()} declares the ones a caller may set; the id is not
 * among them (it is assigned on create and never changes).
 *
 * @param <T> the aggregate, e.g. {@code IosUpdateDeviceStatus}
 * @param <S> its parent scope, which names the tenant ({@link TenantScope}, {@code ConfigurationScope},
 *            {@code AppInstallScope})
 * @param <D> its draft (what a caller supplies; {@code null} = absent), which its properties are read from
 */
public interface StatusKind<T, S, D> {

    /** Graph's entity type name, e.g. {@code iosUpdateDeviceStatus}. */
    String graphType();

    /** Validates a scope built by a caller (a tenant, ids not blank, bounded). */
    Either<DomainError, S> checkScope(S scope);

    /** The tenant a scope belongs to. */
    TenantId tenant(S scope);

    /** The domain's validating factory. */
    Either<DomainError, T> create(String id, S scope, D draft, ReportTimePolicy policy);

    /** The domain's next-report rule: {@code draft} as the next state of {@code current}. */
    Either<DomainError, T> advance(T current, D draft, ReportTimePolicy policy);

    String id(T status);

    S scope(T status);

    /** The status's properties as a draft. */
    D toDraft(T status);

    /** The time the status was reported ({@code lastReportedDateTime} or {@code lastSyncDateTime}). */
    GraphDateTime reportTime(T status);

    /** The property {@link #reportTime} reads, by which lists may also be ordered. */
    Property<D, GraphDateTime> reportTimeProperty();

    /**
     * The natural key's property when it is a single filterable one ({@code deviceId}), so that a list filtered on it
     * finds a status by key; none otherwise.
     */
    default Option<Property<D, ?>> filterableKey() {
        var key = naturalKeyProperties();
        return key.size() == 1 ? properties().named(key.head()).filter(Property::filterable) : Option.none();
    }

    /** The properties a caller may set, in Graph's order: what merges, codecs and filters derive from. */
    PropertyTable<D> properties();

    /**
     * A partial update applied to a stored draft: each property of {@code changes} that is not {@code null}
     * replaces the stored one, each name in {@code cleared} becomes {@code null}, the rest keeps its value.
     * {@code cleared} holds only names of nullable properties, none of which is set in {@code changes}.
     */
    default D merge(D stored, D changes, Seq<String> cleared) {
        return properties().merge(stored, changes, cleared);
    }

    /** The draft with every property absent: the empty partial update. */
    default D emptyDraft() {
        return properties().emptyDraft();
    }

    /** The properties forming the natural key with the scope, in {@link NaturalKey#parts()} order. */
    Seq<String> naturalKeyProperties();

    /**
     * {@code key} in words, as errors name it: each key property with its value, then the scope, e.g.
     * {@code deviceId 'device-1' in scope tenant 72f988bf-86f1-41af-91ab-2d7cd011db47}.
     */
    default String describe(NaturalKey<S> key) {
        return naturalKeyProperties()
                        .zip(key.parts())
                        .map(part -> part._1 + " '" + part._2 + "'")
                        .mkString(", ") + " in scope " + key.scope();
    }

    /** The status's natural key; none when one of its key properties is absent. */
    Option<NaturalKey<S>> naturalKey(T status);

    /** The key properties {@code status} lacks; empty exactly when it has a {@link #naturalKey}. */
    Seq<String> missingKeyProperties(T status);

    /** The state properties that summaries count ({@code installStatus}, {@code status}, {@code installState}). */
    Seq<String> stateProperties();

    /** The status's value of each {@link #stateProperties() state property}, as (property, wire name). */
    Seq<Tuple2<String, String>> stateValues(T status);
}
