package io.devicestatus.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import io.devicestatus.architecture.DeviceStatusArchitecture.Layer;
import io.devicestatus.architecture.DeviceStatusArchitecture.NamedRule;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceStatusArchitectureTest {

    private static final String MISSPELLED = "io.devicestatus.architecture.fixtures.complaint";

    @TestFactory
    Stream<DynamicTest> compliant_code_passes_every_rule() {
        Fixture fixture = Fixture.named("compliant");
        return fixture.architecture().all().stream()
                .map(rule -> dynamicTest(rule.name(), () -> assertThat(fixture.violations(rule.rule())).isEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> every_rule_fails_for_a_misspelled_base_package() {
        JavaClasses compliant = Fixture.named("compliant").classes();
        return DeviceStatusArchitecture.forBasePackage(MISSPELLED).all().stream()
                .map(rule -> dynamicTest(rule.name(), () -> assertThatThrownBy(() -> rule.rule().check(compliant))
                        .isInstanceOf(AssertionError.class)
                        .hasMessageContaining(emptinessReport(rule))));
    }

    @Test
    void rules_fail_on_empty_input_even_where_the_configuration_allows_it() {
        JavaClasses compliant = Fixture.named("compliant").classes();
        ArchConfiguration.get().setProperty("archRule.failOnEmptyShould", "false");
        try {
            DeviceStatusArchitecture.forBasePackage(MISSPELLED).all().forEach(rule ->
                    assertThatThrownBy(() -> rule.rule().check(compliant))
                            .as(rule.name())
                            .hasMessageContaining(emptinessReport(rule)));
        } finally {
            ArchConfiguration.get().reset();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "io.devicestatus.", ".io", "io..devicestatus", "io.devicestatus..", "io.*", "io.1devices"})
    void base_package_that_is_not_a_package_name_is_rejected(String basePackage) {
        assertThatIllegalArgumentException().isThrownBy(() -> DeviceStatusArchitecture.forBasePackage(basePackage));
    }

    @Test
    void every_rule_is_listed_once_and_says_why() {
        assertThat(DeviceStatusArchitecture.forBasePackage("com.acme.devices").all())
                .extracting(NamedRule::name)
                .containsExactlyInAnyOrder(
                        "domainAllowList", "domainDoesNotReadTheClock", "applicationAllowList",
                        "adaptersDoNotDependOnEachOther", "hexagonalLayers", "nothingDependsOnApp",
                        "noPackageCycles", "inboundPortNaming", "outboundPortNaming",
                        "useCaseImplementations", "outboundAdapterNaming");
        assertThat(DeviceStatusArchitecture.forBasePackage("com.acme.devices").all())
                .allSatisfy(rule -> assertThat(rule.rule().getDescription()).contains("com.acme.devices", ", because "));
    }

    @Test
    void a_code_base_with_only_a_domain_gets_the_rules_about_the_domain() {
        assertThat(DeviceStatusArchitecture.forBasePackage("com.acme.devices").rulesFor(EnumSet.of(Layer.DOMAIN)))
                .extracting(NamedRule::name)
                .containsExactly("domainAllowList", "domainDoesNotReadTheClock", "noPackageCycles", "nothingDependsOnApp");
    }

    @Test
    void the_layered_rule_waits_for_all_four_layers() {
        DeviceStatusArchitecture architecture = DeviceStatusArchitecture.forBasePackage("com.acme.devices");

        assertThat(architecture.rulesFor(EnumSet.of(Layer.DOMAIN, Layer.APPLICATION, Layer.ADAPTERS)))
                .extracting(NamedRule::name)
                .doesNotContain("hexagonalLayers")
                .contains("outboundAdapterNaming", "adaptersDoNotDependOnEachOther", "useCaseImplementations");
        assertThat(architecture.rulesFor(EnumSet.noneOf(Layer.class))).isEmpty();
    }

    private static String emptinessReport(NamedRule rule) {
        return rule.name().equals("hexagonalLayers") ? "Layer 'Domain' is empty" : "failed to check any classes";
    }
}
