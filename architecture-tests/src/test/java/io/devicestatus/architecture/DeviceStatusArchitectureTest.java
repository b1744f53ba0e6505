package io.devicestatus.architecture;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.devicestatus.architecture.ArchitectureReport.Outcome;
import io.devicestatus.architecture.ArchitectureReport.Verdict;
import io.devicestatus.architecture.DeviceStatusArchitecture.NamedRule;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceStatusArchitectureTest {

    private static final String MISSPELLED = "io.devicestatus.architecture.fixtures.complaint";

    private static final String ACME = "com.acme.devices";

    /**
     * Which fixtures break which rule; each rule's own test asserts exactly how. The index makes a
     * rule without a breaking fixture, or a fixture that breaks nothing, fail the build.
     */
    private static final Map<String, List<String>> BREAKING_FIXTURES = Map.ofEntries(
            entry("domainAllowList", List.of("domainsql", "domainio", "domainlibrary", "domainarrays")),
            entry("domainDoesNotReadTheClock", List.of("domainclock")),
            entry("applicationAllowList", List.of("applicationio", "applicationlibrary", "hexagonbreach")),
            entry("adaptersDoNotDependOnEachOther", List.of("adaptercoupling")),
            entry("hexagonalLayers", List.of("hexagonbreach", "domainsql")),
            entry("nothingDependsOnApp", List.of("appdependency")),
            entry("noPackageCycles", List.of("cycle")),
            entry("inboundPortNaming", List.of("misnamedports")),
            entry("outboundPortNaming", List.of("misnamedports")),
            entry("useCaseImplementations", List.of("misplacedservices")),
            entry("outboundAdapterNaming", List.of("misnamedadapters")));

    private static final String FIXTURES = "io.devicestatus.architecture.fixtures";

    /** The rules for {@link #ACME}, written by concern. */
    private static final List<Object> CONCERNS = List.of(
            PurityRules.forBasePackage(ACME), DependencyRules.forBasePackage(ACME), NamingRules.forBasePackage(ACME));

    @TestFactory
    Stream<DynamicTest> compliant_code_passes_every_rule() {
        Fixture fixture = Fixture.named("compliant");
        return fixture.architecture().all().stream()
                .map(rule -> dynamicTest(
                        rule.name(),
                        () -> assertThat(fixture.violations(rule.rule())).isEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> every_rule_is_broken_by_a_fixture() {
        assertThat(DeviceStatusArchitecture.forBasePackage(ACME).all())
                .extracting(NamedRule::name)
                .containsExactlyInAnyOrderElementsOf(BREAKING_FIXTURES.keySet());
        return BREAKING_FIXTURES.entrySet().stream()
                .flatMap(breaking -> breaking.getValue().stream()
                        .map(name -> dynamicTest(breaking.getKey() + " by " + name, () -> {
                            Fixture fixture = Fixture.named(name);
                            assertThat(fixture.violations(ruleOf(fixture.architecture(), breaking.getKey())))
                                    .isNotEmpty();
                        })));
    }

    @Test
    void every_fixture_but_the_compliant_one_breaks_a_rule() {
        Stream<String> fixtures = new ClassFileImporter()
                .importPackages(FIXTURES).stream()
                        .map(JavaClass::getPackageName)
                        .filter(name -> name.startsWith(FIXTURES + "."))
                        .map(name -> name.substring(FIXTURES.length() + 1).split("\\.")[0]);
        // graphdirection breaks this project's own adapter-graph rules (GraphAdapterDirectionTest), not the façade's
        Stream<String> indexed = Stream.of(
                        Stream.of("compliant", "graphdirection"),
                        BREAKING_FIXTURES.values().stream().flatMap(List::stream))
                .flatMap(names -> names);

        assertThat(fixtures.distinct())
                .containsExactlyInAnyOrderElementsOf(indexed.distinct().toList());
    }

    @TestFactory
    Stream<DynamicTest> every_rule_fails_for_a_misspelled_base_package() {
        JavaClasses compliant = Fixture.named("compliant").classes();
        return DeviceStatusArchitecture.forBasePackage(MISSPELLED).all().stream()
                .map(rule -> dynamicTest(
                        rule.name(),
                        () -> assertThatThrownBy(() -> rule.rule().check(compliant))
                                .isInstanceOf(AssertionError.class)
                                .hasMessageContaining(emptinessReport(rule))));
    }

    @Test
    void rules_fail_on_empty_input_even_where_the_configuration_allows_it() {
        JavaClasses compliant = Fixture.named("compliant").classes();
        ArchConfiguration.get().setProperty("archRule.failOnEmptyShould", "false");
        try {
            DeviceStatusArchitecture.forBasePackage(MISSPELLED)
                    .all()
                    .forEach(rule -> assertThatThrownBy(() -> rule.rule().check(compliant))
                            .as(rule.name())
                            .hasMessageContaining(emptinessReport(rule)));
        } finally {
            ArchConfiguration.get().reset();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "io.devicestatus.",
                ".io",
                "io..devicestatus",
                "io.devicestatus..",
                "io.*",
                "io.1devices"
            })
    void base_package_that_is_not_a_package_name_is_rejected(String basePackage) {
        assertThatIllegalArgumentException().isThrownBy(() -> DeviceStatusArchitecture.forBasePackage(basePackage));
        assertThatIllegalArgumentException().isThrownBy(() -> PurityRules.forBasePackage(basePackage));
        assertThatIllegalArgumentException().isThrownBy(() -> DependencyRules.forBasePackage(basePackage));
        assertThatIllegalArgumentException().isThrownBy(() -> NamingRules.forBasePackage(basePackage));
    }

    @TestFactory
    Stream<DynamicTest> every_listed_rule_is_the_same_named_rule_of_the_facade_and_of_one_concern() {
        DeviceStatusArchitecture architecture = DeviceStatusArchitecture.forBasePackage(ACME);
        return architecture.all().stream()
                .map(rule -> dynamicTest(rule.name(), () -> {
                    List<Object> owners = CONCERNS.stream()
                            .filter(concern -> ruleNames(concern.getClass()).contains(rule.name()))
                            .toList();
                    assertThat(owners).as("concerns writing %s", rule.name()).hasSize(1);
                    assertThat(ruleOf(owners.get(0), rule.name()).getDescription())
                            .isEqualTo(rule.rule().getDescription());
                    assertThat(ruleOf(architecture, rule.name()).getDescription())
                            .isEqualTo(rule.rule().getDescription());
                }));
    }

    @Test
    void every_rule_of_every_concern_is_listed() {
        List<String> written = CONCERNS.stream()
                .flatMap(concern -> ruleNames(concern.getClass()).stream())
                .toList();

        assertThat(written)
                .containsExactlyInAnyOrderElementsOf(DeviceStatusArchitecture.forBasePackage(ACME).all().stream()
                        .map(NamedRule::name)
                        .toList());
        assertThat(ruleNames(DeviceStatusArchitecture.class)).containsExactlyInAnyOrderElementsOf(written);
    }

    @Test
    void every_concern_keeps_its_base_package() {
        assertThat(Stream.concat(Stream.of(DeviceStatusArchitecture.forBasePackage(ACME)), CONCERNS.stream()))
                .allSatisfy(rules -> assertThat(
                                rules.getClass().getMethod("basePackage").invoke(rules))
                        .isEqualTo(ACME))
                .allSatisfy(rules ->
                        assertThat(rules.toString()).isEqualTo(rules.getClass().getSimpleName() + "[" + ACME + "]"));
    }

    @Test
    void every_rule_is_listed_once_and_says_why() {
        assertThat(DeviceStatusArchitecture.forBasePackage(ACME).all())
                .extracting(NamedRule::name)
                .containsExactlyInAnyOrder(
                        "domainAllowList",
                        "domainDoesNotReadTheClock",
                        "applicationAllowList",
                        "adaptersDoNotDependOnEachOther",
                        "hexagonalLayers",
                        "nothingDependsOnApp",
                        "noPackageCycles",
                        "inboundPortNaming",
                        "outboundPortNaming",
                        "useCaseImplementations",
                        "outboundAdapterNaming");
        assertThat(DeviceStatusArchitecture.forBasePackage(ACME).all())
                .allSatisfy(rule -> assertThat(rule.rule().getDescription()).contains(ACME, ", because "));
    }

    @Test
    void compliant_code_has_a_class_where_every_rule_looks_so_nothing_is_skipped() {
        Fixture fixture = Fixture.named("compliant");

        ArchitectureReport report = fixture.architecture().check(fixture.classes());

        assertThat(report.verdicts())
                .extracting(Verdict::rule, Verdict::outcome)
                .containsExactlyElementsOf(fixture.architecture().all().stream()
                        .map(rule -> tuple(rule.name(), Outcome.PASSED))
                        .toList());
    }

    @Test
    void a_code_base_with_only_a_domain_gets_the_rules_about_the_domain_and_the_whole() {
        Fixture fixture = Fixture.named("domainclock");
        Fixture onlyDomain = Fixture.named("domainarrays");

        assertThat(onlyDomain.architecture().evaluate(onlyDomain.classes()).verdicts())
                .filteredOn(verdict -> verdict.outcome() != Outcome.SKIPPED)
                .extracting(Verdict::rule)
                .containsExactly(
                        "domainAllowList", "domainDoesNotReadTheClock", "nothingDependsOnApp", "noPackageCycles");
        assertThat(fixture.architecture().evaluate(fixture.classes()).withOutcome(Outcome.PASSED))
                .extracting(Verdict::rule, Verdict::reason)
                .contains(tuple(
                        "hexagonalLayers",
                        "layers Domain, App; no class in '" + fixture.type("application..") + "', '"
                                + fixture.type("adapter..") + "'"));
    }

    @Test
    void a_skipped_rule_says_where_it_found_no_class() {
        Fixture fixture = Fixture.named("domainarrays");

        assertThat(fixture.architecture().evaluate(fixture.classes()).withOutcome(Outcome.SKIPPED))
                .extracting(Verdict::rule, Verdict::reason)
                .containsExactly(
                        tuple("applicationAllowList", "no class in '" + fixture.type("application..") + "'"),
                        tuple("adaptersDoNotDependOnEachOther", "no class in '" + fixture.type("adapter..") + "'"),
                        tuple(
                                "hexagonalLayers",
                                "fewer than two layers have classes; none in '" + fixture.type("application..") + "', '"
                                        + fixture.type("adapter..") + "', '" + fixture.type("app..") + "'"),
                        tuple("inboundPortNaming", "no class in '" + fixture.type("application.port.in..") + "'"),
                        tuple("outboundPortNaming", "no class in '" + fixture.type("application.port.out..") + "'"),
                        tuple("useCaseImplementations", "no class in '" + fixture.type("application.port.in..") + "'"),
                        tuple("outboundAdapterNaming", "no class in '" + fixture.type("application.port.out..") + "'"));
    }

    @Test
    void nothing_is_skipped_for_a_misspelled_base_package_so_every_rule_fails() {
        JavaClasses compliant = Fixture.named("compliant").classes();

        ArchitectureReport report =
                DeviceStatusArchitecture.forBasePackage(MISSPELLED).evaluate(compliant);

        assertThat(report.verdicts())
                .extracting(Verdict::outcome)
                .containsOnly(Outcome.FAILED)
                .hasSize(11);
        assertThatThrownBy(() ->
                        DeviceStatusArchitecture.forBasePackage(MISSPELLED).check(compliant))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith(
                        "device-status architecture rules for " + MISSPELLED + ": 0 passed, 11 failed," + " 0 skipped")
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void a_rule_that_applies_fails_as_it_would_alone() {
        Fixture fixture = Fixture.named("hexagonbreach");

        ArchitectureReport report = fixture.architecture().evaluate(fixture.classes());

        assertThat(report.withOutcome(Outcome.FAILED))
                .filteredOn(verdict -> verdict.rule().equals("applicationAllowList"))
                .singleElement()
                .satisfies(verdict -> assertThat(verdict.violations())
                        .isEqualTo(fixture.violations(fixture.architecture().applicationAllowList())))
                .satisfies(verdict -> assertThat(verdict.reason())
                        .isEqualTo(fixture.architecture().applicationAllowList().getDescription()));
    }

    /** The public methods of a rules class that make a rule, by name. */
    private static List<String> ruleNames(Class<?> rules) {
        return Arrays.stream(rules.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()))
                .filter(method -> method.getParameterCount() == 0
                        && method.getReturnType().equals(ArchRule.class))
                .map(Method::getName)
                .toList();
    }

    private static ArchRule ruleOf(Object rules, String name) throws ReflectiveOperationException {
        return (ArchRule) rules.getClass().getMethod(name).invoke(rules);
    }

    private static String emptinessReport(NamedRule rule) {
        return rule.name().equals("hexagonalLayers") ? "Layer 'Domain' is empty" : "failed to check any classes";
    }
}
