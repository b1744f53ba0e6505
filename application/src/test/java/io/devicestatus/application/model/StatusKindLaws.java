package io.devicestatus.application.model;

import static io.devicestatus.application.model.ModelFixtures.POLICY;
import static io.devicestatus.application.model.ModelFixtures.another;
import static io.devicestatus.application.model.ModelFixtures.get;
import static io.devicestatus.application.model.ModelFixtures.propertyNames;
import static io.devicestatus.application.model.ModelFixtures.valid;
import static io.devicestatus.application.model.ModelFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.GraphEnum;
import io.devicestatus.domain.error.DomainError;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What every {@link StatusKind} promises, checked against the kind's domain drafts (read by reflection, so that the
 * expectations are not written with the kind's own code). A subclass per kind supplies sample statuses that cover
 * every value of the state properties and every combination of present and absent key properties.
 */
abstract class StatusKindLaws<T, S, D extends Record> {

    /** The kind under test. */
    abstract StatusKind<T, S, D> kind();

    /** The draft type, whose component names are the kind's property names. */
    abstract Class<D> draftType();

    /** The domain's OData type name, e.g. {@code microsoft.graph.iosUpdateDeviceStatus}. */
    abstract String domainGraphType();

    /** The report-time property. */
    abstract String reportTimeProperty();

    /** A scope the samples may be created in. */
    abstract S scope();

    /** Valid drafts, covering every state value and every presence of the key properties. */
    abstract Seq<D> sampleDrafts();

    /**
     * What {@link StatusKind#merge} should give, from its documentation: each property set in {@code changes}
     * replaces the stored one, each cleared one is absent, the rest is kept.
     */
    D expectedMerge(D stored, D changes, Set<String> cleared) {
        var merged = stored;
        for (var property : kind().properties().names()) {
            if (cleared.contains(property)) {
                merged = with(merged, property, null);
            } else if (get(changes, property) != null) {
                merged = with(merged, property, get(changes, property));
            }
        }
        return merged;
    }

    final Seq<T> samples() {
        return sampleDrafts()
                .zipWithIndex()
                .map(draft -> valid(kind().create("id-" + draft._2, scope(), draft._1, POLICY)));
    }

    @Example
    void the_properties_are_the_drafts_in_graphs_order() {
        assertThat(kind().properties().names()).containsExactlyElementsOf(propertyNames(draftType()));
    }

    @Example
    void nullable_key_and_state_properties_are_properties_and_no_state_property_is_nullable() {
        assertThat(kind().properties().names())
                .containsAll(kind().properties().nullableNames())
                .containsAll(kind().naturalKeyProperties())
                .containsAll(kind().stateProperties());
        assertThat(kind().stateProperties())
                .isNotEmpty()
                .doesNotContainAnyElementsOf(kind().properties().nullableNames());
        assertThat(kind().naturalKeyProperties()).isNotEmpty();
    }

    @Example
    void every_nullable_property_may_be_absent_from_a_valid_draft() {
        for (var draft : sampleDrafts()) {
            for (var property : kind().properties().nullableNames()) {
                var without = with(draft, property, null);
                assertThat(kind().create("id-1", scope(), without, POLICY).isRight())
                        .as("without %s", property)
                        .isTrue();
            }
        }
    }

    @Example
    void the_empty_draft_has_every_property_absent() {
        for (var property : kind().properties().names()) {
            assertThat(get(kind().emptyDraft(), property)).as(property).isNull();
        }
    }

    @Example
    void merging_the_empty_draft_changes_nothing() {
        for (var status : samples()) {
            var stored = kind().toDraft(status);
            assertThat(kind().merge(stored, kind().emptyDraft(), List.empty())).isEqualTo(stored);
        }
    }

    @Property(tries = 300)
    void merge_replaces_set_properties_clears_cleared_ones_and_keeps_the_rest(@ForAll("patches") Patch patch) {
        for (var status : samples()) {
            var stored = kind().toDraft(status);
            var changes = kind().emptyDraft();
            for (var property : patch.set()) {
                changes = with(changes, property, another(stored, property));
            }

            var merged = kind().merge(stored, changes, List.ofAll(patch.cleared()));

            assertThat(merged)
                    .as("%s merged with %s", stored, patch)
                    .isEqualTo(expectedMerge(stored, changes, patch.cleared()));
        }
    }

    @Example
    void a_natural_key_is_present_exactly_when_no_key_property_is_missing_and_is_the_scope_and_key_values() {
        for (var status : samples()) {
            var draft = kind().toDraft(status);
            var absent = kind().naturalKeyProperties().filter(property -> get(draft, property) == null);

            assertThat(kind().missingKeyProperties(status))
                    .as("missing of %s", draft)
                    .containsExactlyElementsOf(absent);
            assertThat(kind().naturalKey(status).isDefined())
                    .as("key of %s", draft)
                    .isEqualTo(absent.isEmpty());
            kind().naturalKey(status).forEach(key -> {
                assertThat(key.scope()).isEqualTo(kind().scope(status));
                assertThat(key.parts())
                        .containsExactlyElementsOf(
                                kind().naturalKeyProperties().map(property -> String.valueOf(get(draft, property))));
            });
        }
    }

    @Example
    void the_samples_have_and_lack_natural_keys() {
        assertThat(samples().map(kind()::naturalKey).map(key -> key.isDefined()).distinct())
                .hasSize(2);
    }

    @Example
    void state_values_are_the_wire_names_of_the_state_properties_in_order() {
        for (var status : samples()) {
            var draft = kind().toDraft(status);
            assertThat(kind().stateValues(status))
                    .containsExactlyElementsOf(kind().stateProperties()
                            .map(property -> Tuple.of(property, ((GraphEnum) get(draft, property)).wireName())));
        }
    }

    @Example
    void the_samples_cover_every_value_of_every_state_property() {
        for (var property : kind().stateProperties()) {
            var type = ((Enum<?>) get(kind().toDraft(samples().head()), property)).getDeclaringClass();
            var seen = samples()
                    .flatMap(kind()::stateValues)
                    .filter(value -> value._1.equals(property))
                    .map(value -> value._2)
                    .distinct();
            assertThat(seen).as(property).hasSize(type.getEnumConstants().length);
        }
    }

    @Example
    void the_graph_type_is_the_domains_type_name() {
        assertThat(domainGraphType()).endsWith("." + kind().graphType());
        assertThat(kind()).hasToString(kind().graphType());
    }

    @Example
    void create_gives_the_status_its_id_scope_and_report_time() {
        for (var draft : sampleDrafts()) {
            var status = valid(kind().create("id-42", scope(), draft, POLICY));

            assertThat(kind().id(status)).isEqualTo("id-42");
            assertThat(kind().scope(status)).isEqualTo(scope());
            assertThat(kind().reportTime(status)).isEqualTo(get(draft, reportTimeProperty()));
            assertThat(kind().reportTimeProperty().get(kind().toDraft(status))).isEqualTo(kind().reportTime(status));
        }
        assertThat(kind().reportTimeProperty().name()).isEqualTo(reportTimeProperty());
    }

    @Example
    void create_applies_the_domains_rules() {
        var refused = kind().create("id-1", scope(), kind().emptyDraft(), POLICY);

        assertThat(refused.isLeft()).isTrue();
        assertThat(refused.getLeft()).isInstanceOf(DomainError.Invalid.class);
        assertThat(refused.getLeft().message()).contains(reportTimeProperty());
    }

    @Example
    void advance_applies_the_domains_time_rule() {
        for (var status : samples()) {
            var draft = kind().toDraft(status);
            var earlier = with(
                    draft,
                    reportTimeProperty(),
                    new GraphDateTime(((GraphDateTime) get(draft, reportTimeProperty()))
                            .value()
                            .minusSeconds(1)));

            assertThat(kind().advance(status, draft, POLICY).get()).isEqualTo(status);
            assertThat(kind().advance(status, earlier, POLICY).getLeft()).isInstanceOf(DomainError.Stale.class);
        }
    }

    @Example
    void the_any_filter_passes_every_sample() {
        for (var status : samples()) {
            assertThat(StatusFilter.<D>any().test(kind().toDraft(status))).isTrue();
        }
    }

    @Example
    void a_filter_on_each_filterable_property_passes_the_samples_holding_the_value() {
        var drafts = samples().map(kind()::toDraft);
        for (var property : kind().properties().filterable()) {
            for (var draft : drafts) {
                var value = get(draft, property.name());
                if (value == null) {
                    continue;
                }
                var filter = filterEq(property, draft);
                for (var other : drafts) {
                    assertThat(filter.test(other))
                            .as(property.name() + " eq " + value)
                            .isEqualTo(value.equals(get(other, property.name())));
                }
            }
        }
    }

    /** A filter passing the drafts whose {@code property} is the one {@code draft} has. */
    private static <D, V> StatusFilter<D> filterEq(io.devicestatus.application.model.Property<D, V> property, D draft) {
        return StatusFilter.of(property, Match.eq(property.get(draft)));
    }

    @Example
    void a_valid_scope_is_accepted_as_it_is() {
        assertThat(kind().checkScope(scope()).get()).isEqualTo(scope());
    }

    /**
     * A partial update: the properties given a new value, and the nullable ones cleared (none of them given).
     *
     * @param set     properties set in the changes
     * @param cleared properties cleared
     */
    record Patch(Set<String> set, Set<String> cleared) {}

    @Provide
    Arbitrary<Patch> patches() {
        var properties = kind().properties().names();
        var nullable = kind().properties().nullableNames();
        return Arbitraries.subsetOf(properties.toJavaList()).flatMap(set -> {
            var clearable = nullable.filter(property -> !set.contains(property)).toJavaList();
            return Arbitraries.subsetOf(clearable).map(cleared -> new Patch(set, cleared));
        });
    }
}
