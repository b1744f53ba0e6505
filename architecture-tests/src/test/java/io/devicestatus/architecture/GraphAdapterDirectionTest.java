package io.devicestatus.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static io.devicestatus.architecture.Fixture.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Graph adapter by direction: the inbound API ({@code http}, {@code servlet}, {@code metadata}, {@code auth}) and
 * the outbound client and store ({@code client}, {@code store}) never depend on each other, and what both use
 * ({@code codec}, {@code wire}) depends on neither. Held on the real adapter, and proven able to fail on the
 * {@code graphdirection} fixture.
 */
class GraphAdapterDirectionTest {

    private static final String GRAPH = "io.devicestatus.adapter.graph";

    static final List<String> INBOUND = List.of("http", "servlet", "metadata", "auth");
    static final List<String> OUTBOUND = List.of("client", "store");
    static final List<String> SHARED = List.of("codec", "wire");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(GRAPH);

    /** Inbound classes under {@code graph} (the adapter's root package) use nothing outbound. */
    static ArchRule inboundDoesNotUseOutbound(String graph) {
        return noClasses()
                .that()
                .resideInAnyPackage(packages(graph, INBOUND))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(packages(graph, OUTBOUND))
                .allowEmptyShould(false)
                .because("the Graph-compatible API serves the application's use cases; forwarding to a remote Graph"
                        + " is a store the application is wired with, not something the API reaches for");
    }

    /** Outbound classes under {@code graph} use nothing inbound. */
    static ArchRule outboundDoesNotUseInbound(String graph) {
        return noClasses()
                .that()
                .resideInAnyPackage(packages(graph, OUTBOUND))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(packages(graph, INBOUND))
                .allowEmptyShould(false)
                .because("the client and store talk to a remote Graph; what they share with the API (paths,"
                        + " segments, the JSON codec) lives in the shared packages");
    }

    /** The shared packages under {@code graph} use neither direction. */
    static ArchRule sharedUsesNeitherDirection(String graph) {
        return noClasses()
                .that()
                .resideInAnyPackage(packages(graph, SHARED))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(packages(
                        graph,
                        Stream.concat(INBOUND.stream(), OUTBOUND.stream()).toList()))
                .allowEmptyShould(false)
                .because("a shared package that reaches into one direction makes the other depend on it");
    }

    @Test
    void inbound_code_does_not_use_outbound_code() {
        inboundDoesNotUseOutbound(GRAPH).check(PRODUCTION);
    }

    @Test
    void outbound_code_does_not_use_inbound_code() {
        outboundDoesNotUseInbound(GRAPH).check(PRODUCTION);
    }

    @Test
    void shared_code_uses_neither_direction() {
        sharedUsesNeitherDirection(GRAPH).check(PRODUCTION);
    }

    /** A package the rules name but that has no class would let them pass whatever the code does. */
    @ParameterizedTest
    @MethodSource("everyPackage")
    void every_package_the_rules_name_has_production_classes(String name) {
        assertThat(PRODUCTION.stream().map(JavaClass::getPackageName))
                .as("classes in %s.%s", GRAPH, name)
                .contains(GRAPH + "." + name);
    }

    static Stream<String> everyPackage() {
        return Stream.of(INBOUND, OUTBOUND, SHARED).flatMap(List::stream);
    }

    @Test
    void inbound_code_using_the_outbound_client_is_reported() {
        Fixture fixture = Fixture.named("graphdirection");

        assertThat(fixture.violations(inboundDoesNotUseOutbound(fixture.type("adapter.graph"))))
                .satisfiesExactly(violation(
                        "Method <" + fixture.type("adapter.graph.http.Endpoint.forward(java.lang.String)") + ">",
                        "calls method <" + fixture.type("adapter.graph.client.Sender.send(java.lang.String)") + ">"));
    }

    @Test
    void outbound_code_using_the_inbound_api_is_reported() {
        Fixture fixture = Fixture.named("graphdirection");

        assertThat(fixture.violations(outboundDoesNotUseInbound(fixture.type("adapter.graph"))))
                .satisfiesExactly(violation(
                        "Method <" + fixture.type("adapter.graph.store.Repository.save(java.lang.String)") + ">",
                        "calls method <" + fixture.type("adapter.graph.http.Segments.encode(java.lang.String)") + ">"));
    }

    @Test
    void shared_code_reaching_into_a_direction_is_reported() {
        Fixture fixture = Fixture.named("graphdirection");

        assertThat(fixture.violations(sharedUsesNeitherDirection(fixture.type("adapter.graph"))))
                .satisfiesExactly(violation(
                        "Method <" + fixture.type("adapter.graph.wire.Links.next(java.lang.String)") + ">",
                        "calls method <" + fixture.type("adapter.graph.http.Segments.encode(java.lang.String)") + ">"));
    }

    @Test
    void a_misspelled_adapter_package_fails_instead_of_passing() {
        String misspelled = "io.devicestatus.adapter.grahp";

        Stream.of(
                        inboundDoesNotUseOutbound(misspelled),
                        outboundDoesNotUseInbound(misspelled),
                        sharedUsesNeitherDirection(misspelled))
                .forEach(rule -> assertThatThrownBy(() -> rule.check(PRODUCTION))
                        .isInstanceOf(AssertionError.class)
                        .hasMessageContaining("failed to check any classes"));
    }

    private static String[] packages(String graph, List<String> names) {
        return names.stream().map(name -> graph + "." + name + "..").toArray(String[]::new);
    }
}
