package io.devicestatus.adapter.graph.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.Match;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.LinkedHashSet;
import io.vavr.control.Option;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** Whatever members or texts are written as {@code in (...)}, the filter passes exactly those. */
class FilterInPropertiesTest {

    @Property(tries = 500)
    void any_members_of_a_version_written_as_in_parse_to_match_in_of_that_set(
            @ForAll("membersOfAVersion") Tuple2<ApiVersion, java.util.List<IosUpdatesInstallStatus>> picked) {
        var version = picked.get1();
        var chosen = picked.get2();

        var filter = parsed(
                "installStatus in ("
                        + chosen.stream().map(m -> quoted(m.wireName())).collect(Collectors.joining(", ")) + ")",
                version);

        assertThat(filter.match(IosUpdateProperties.INSTALL_STATUS))
                .isEqualTo(new Match.In<>(LinkedHashSet.ofAll(chosen)));
        for (var member : IosUpdatesInstallStatus.values()) {
            assertThat(filter.match(IosUpdateProperties.INSTALL_STATUS).test(Option.some(member)))
                    .isEqualTo(chosen.contains(member));
        }
    }

    /** A version and one or more of its members, repeats allowed, in any order. */
    @Provide
    Arbitrary<Tuple2<ApiVersion, java.util.List<IosUpdatesInstallStatus>>> membersOfAVersion() {
        return Arbitraries.of(ApiVersion.values())
                .flatMap(version -> Arbitraries.of(
                                IosUpdatesInstallStatus.TYPE.members(version).asJava())
                        .list()
                        .ofMinSize(1)
                        .ofMaxSize(30)
                        .map(members -> Tuple.of(version, members)));
    }

    @Property(tries = 500)
    void any_texts_written_as_in_pass_exactly_those_texts(
            @ForAll("texts") java.util.List<String> texts, @ForAll("text") String probe) {
        var filter = parsed(
                "deviceId in ("
                        + texts.stream().map(FilterInPropertiesTest::quoted).collect(Collectors.joining(",")) + ")",
                ApiVersion.V1_0);

        assertThat(filter.match(IosUpdateProperties.DEVICE_ID)).isEqualTo(new Match.In<>(LinkedHashSet.ofAll(texts)));
        assertThat(filter.match(IosUpdateProperties.DEVICE_ID).test(Option.some(probe)))
                .isEqualTo(texts.contains(probe));
        assertThat(filter.match(IosUpdateProperties.DEVICE_ID).test(Option.none()))
                .as("an absent device id is in no list")
                .isFalse();
    }

    @Provide
    Arbitrary<java.util.List<String>> texts() {
        return text().list().ofMinSize(1).ofMaxSize(FilterParser.MAX_IN_VALUES);
    }

    /** Short texts over an alphabet rich in what the parser must not trip on: quotes, commas, parentheses, spaces. */
    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().withChars("ab',() é😀").ofMaxLength(6);
    }

    private static StatusFilter<IosUpdateDeviceStatus.Draft> parsed(String text, ApiVersion version) {
        var comparisons = FilterParser.parse(text);
        assertThat(comparisons.isRight()).as("%s: %s", text, comparisons).isTrue();
        var filter = FilterReader.filter(IosUpdateProperties.TABLE, comparisons.get(), version);
        assertThat(filter.isRight()).as("%s: %s", text, filter).isTrue();
        return filter.get();
    }

    /** An OData string literal: in single quotes, a quote doubled. */
    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
