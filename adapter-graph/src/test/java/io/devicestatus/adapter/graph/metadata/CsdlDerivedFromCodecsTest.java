package io.devicestatus.adapter.graph.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.adapter.graph.codec.EntityCodec;
import io.devicestatus.adapter.graph.codec.EntityCodecs;
import io.devicestatus.adapter.graph.codec.PropertyShape;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.GraphEnum;
import io.devicestatus.domain.common.GraphEnumType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The document says what the codecs read and write, per version: the same properties in the same order, the same
 * enum members with the domain's values. A property or member added to the domain or a codec table shows up here
 * without an edit to the metadata package; one that did not would fail these.
 */
class CsdlDerivedFromCodecsTest {

    private static final List<EntityCodec<?, ?>> CODECS =
            List.of(EntityCodecs.IOS_UPDATE, EntityCodecs.APP_CONFIGURATION, EntityCodecs.APP_INSTALL);

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void every_entity_type_of_a_version_has_exactly_the_codecs_properties_in_order(ApiVersion version) {
        var document = ParsedCsdl.of(CsdlWriter.write(GraphServiceModel.of(version)));

        for (var codec : CODECS) {
            String name = codec.odataType().substring("#microsoft.graph.".length());
            if (!codec.versions().contains(version)) {
                assertThat(document.properties()).as(version + " " + name).doesNotContainKey(name);
                continue;
            }
            var names = document.properties().get(name).stream()
                    .map(p -> p.split(" ")[0])
                    .toList();
            assertThat(names)
                    .as(version + " " + name)
                    .containsExactlyElementsOf(
                            codec.propertyNames(version).drop(1).toJavaList());
            assertThat(codec.propertyNames(version).head()).isEqualTo("id"); // inherited from entity
        }
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void every_enum_a_property_of_the_version_uses_lists_the_versions_members_with_their_values(ApiVersion version) {
        var document = ParsedCsdl.of(CsdlWriter.write(GraphServiceModel.of(version)));
        var used = new LinkedHashMap<String, GraphEnumType<?>>();
        for (var codec : CODECS) {
            if (codec.versions().contains(version)) {
                for (var shape : codec.shape()) {
                    if (shape.versions().contains(version) && shape.type() instanceof PropertyShape.Enumeration e) {
                        used.put(e.type().graphName(), e.type());
                    }
                }
            }
        }

        assertThat(document.enums()).containsOnlyKeys(used.keySet());
        used.forEach((name, type) -> {
            var expected = new LinkedHashMap<String, Integer>();
            for (GraphEnum member : type.members(version)) {
                expected.put(member.wireName(), member.value());
            }
            assertThat(document.enums().get(name)).as(version + " " + name).containsExactlyEntriesOf(expected);
            assertThat(new ArrayList<>(document.enums().get(name).keySet()))
                    .as("members in the domain's (Graph's numeric) order")
                    .containsExactlyElementsOf(expected.keySet());
        });
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void an_enum_typed_property_names_its_enum_type_by_qualified_name(ApiVersion version) {
        var document = ParsedCsdl.of(CsdlWriter.write(GraphServiceModel.of(version)));

        for (var properties : document.properties().values()) {
            for (String property : properties) {
                String type = property.split(" ")[1].replace("!", "");
                assertThat(type.startsWith("Edm.")
                                || document.enums().containsKey(type.substring("microsoft.graph.".length())))
                        .as(property)
                        .isTrue();
            }
        }
    }
}
