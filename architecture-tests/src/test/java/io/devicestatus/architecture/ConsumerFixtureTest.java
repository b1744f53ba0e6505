package io.devicestatus.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.devicestatus.architecture.ArchitectureReport.Outcome;
import io.devicestatus.architecture.ArchitectureReport.Verdict;
import io.devicestatus.architecture.DeviceStatusArchitecture.Layer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules as a platform applies them, on the consumer fixture under {@code com.acme} (test sources): the README's
 * example is {@code com.acme.fleet.FleetArchitectureTest} verbatim, passes on {@code com.acme.fleet} and fails on
 * {@code com.acme.broken}. The fixture's classes are imported as a platform imports its own, with
 * {@code DO_NOT_INCLUDE_TESTS}: the pom copies them out of {@code target/test-classes} for that.
 */
class ConsumerFixtureTest {

    private static final Path README = Path.of("..", "README.md");

    private static final Path EXAMPLE = Path.of("src/test/java/com/acme/fleet/FleetArchitectureTest.java");

    @Test
    void the_readme_example_is_the_fleet_test_verbatim() throws IOException {
        assertThat(readmeBlock("java")).isEqualTo(Files.readString(EXAMPLE));
    }

    @Test
    void the_fleet_passes_and_the_report_says_what_was_skipped_and_why() throws IOException {
        ArchitectureReport report = readmeExample("com.acme.fleet");

        assertThat(report).hasToString(readmeBlock("text").strip());
        assertThat(report.withOutcome(Outcome.SKIPPED))
                .extracting(Verdict::rule)
                .containsExactly("adaptersDoNotDependOnEachOther", "outboundPortNaming", "outboundAdapterNaming");
    }

    @Test
    void the_broken_platform_fails_with_every_violation_named() {
        assertThatThrownBy(() -> readmeExample("com.acme.broken"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith(
                        "device-status architecture rules for com.acme.broken: 5 passed, 3 failed, 3 skipped\n"
                                + "  failed   domainAllowList                 4 violations, below\n"
                                + "  failed   domainDoesNotReadTheClock       1 violation, below\n"
                                + "  failed   applicationAllowList            3 violations, below\n")
                .hasMessageContaining("\n  skipped  outboundPortNaming              no class in"
                        + " 'com.acme.broken.application.port.out..'\n")
                .hasMessageContaining("\n  Method <com.acme.broken.domain.BrokenDevice.retired()> calls method"
                        + " <java.sql.Timestamp.from(java.time.Instant)> in (BrokenDevice.java:10)\n")
                .hasMessageContaining("\n  Method <com.acme.broken.domain.BrokenDevice.retired()> calls method"
                        + " <java.time.Instant.now()> in (BrokenDevice.java:10)\n")
                .hasMessageContaining("\n  Method <com.acme.broken.application.service.RetireDeviceService.retire("
                        + "com.acme.broken.application.port.in.RetireDeviceCommand)> calls method"
                        + " <com.acme.broken.persistence.JdbcDevices.save(com.acme.broken.domain.BrokenDevice)>");
    }

    @Test
    void the_platform_service_calling_device_status_use_cases_is_judged_pure() {
        JavaClasses fleet = fleet();

        assertThat(fleet.get("com.acme.fleet.application.service.RetireDeviceService")
                        .getDirectDependenciesFromSelf())
                .extracting(dependency -> dependency.getTargetClass().getPackageName())
                .contains("io.devicestatus.application.port.in");
        assertThat(DeviceStatusArchitecture.forBasePackage("com.acme.fleet")
                        .allowingInApplication("com.acme.audit..")
                        .applicationAllowList()
                        .evaluate(fleet)
                        .hasViolation())
                .isFalse();
    }

    @Test
    void without_its_allowance_the_platform_library_is_reported() {
        ArchitectureReport report =
                DeviceStatusArchitecture.forBasePackage("com.acme.fleet").evaluate(fleet());

        assertThat(report.withOutcome(Outcome.FAILED))
                .singleElement()
                .satisfies(verdict -> assertThat(verdict.rule()).isEqualTo("applicationAllowList"))
                .satisfies(verdict -> assertThat(verdict.violations())
                        .isNotEmpty()
                        .allSatisfy(line -> assertThat(line).contains("com.acme.audit.AuditLog")));
    }

    @Test
    void the_library_domain_is_allowed_in_a_platform_domain_but_not_the_library_application() {
        DeviceStatusArchitecture fleet = DeviceStatusArchitecture.forBasePackage("com.acme.fleet");

        assertThat(fleet.domainAllowList().getDescription())
                .contains("'io.devicestatus.domain..'")
                .doesNotContain("io.devicestatus.application");
        assertThat(fleet.applicationAllowList().getDescription())
                .contains("'io.devicestatus.domain..'", "'io.devicestatus.application..'");
    }

    @Test
    void this_projects_own_allow_lists_name_each_package_once() {
        String description = DeviceStatusArchitecture.forBasePackage("io.devicestatus")
                .applicationAllowList()
                .getDescription();

        assertThat(description.substring(description.indexOf(" should ")))
                .containsOnlyOnce("'io.devicestatus.domain..'")
                .containsOnlyOnce("'io.devicestatus.application..'");
    }

    @Test
    void a_domain_allowance_reaches_the_application_too() {
        DeviceStatusArchitecture architecture =
                DeviceStatusArchitecture.forBasePackage("com.acme.fleet").allowingInDomain("com.acme.money..");

        assertThat(architecture.domainAllowList().getDescription()).contains("'com.acme.money..'");
        assertThat(architecture.applicationAllowList().getDescription()).contains("'com.acme.money..'");
        assertThat(architecture
                        .allowingInApplication("com.acme.audit..")
                        .domainAllowList()
                        .getDescription())
                .doesNotContain("com.acme.audit");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "..",
                "*..",
                "(*)..",
                "java..",
                "java.sql..",
                "java.nio.channels..",
                "java.(*)..",
                "com.acme..",
                "com.acme.fleet..",
                "com.acme.fleet.adapter.sql..",
                "com.acme.fleet.app",
                "io.devicestatus..",
                "io.devicestatus.adapter.sql.."
            })
    void an_allowance_that_could_admit_io_an_adapter_or_app_is_refused(String identifier) {
        DeviceStatusArchitecture fleet = DeviceStatusArchitecture.forBasePackage("com.acme.fleet");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> fleet.allowingInDomain(identifier))
                .withMessageStartingWith("'" + identifier + "' could admit '");
        assertThatIllegalArgumentException().isThrownBy(() -> fleet.allowingInApplication(identifier));
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.acme.audit..", "com.acme.fleet.shared..", "org.apache.commons.lang3..", "java.util.."})
    void a_narrow_allowance_is_accepted(String identifier) {
        assertThat(DeviceStatusArchitecture.forBasePackage("com.acme.fleet")
                        .allowingInApplication(identifier)
                        .applicationAllowList()
                        .getDescription())
                .contains("'" + identifier + "'");
    }

    @Test
    void an_allowance_that_is_no_package_identifier_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DeviceStatusArchitecture.forBasePackage("com.acme.fleet")
                        .allowingInApplication("com.acme...audit"))
                .withMessageStartingWith("'com.acme...audit' is not an ArchUnit package identifier");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DeviceStatusArchitecture.forBasePackage("com.acme.fleet")
                        .allowingInDomain())
                .withMessageStartingWith("no package to allow");
    }

    @Test
    void layers_given_keep_their_constraints_among_themselves() {
        Fixture fixture = Fixture.named("hexagonbreach");

        assertThat(fixture.violations(
                        fixture.dependencies().hexagonalLayers(EnumSet.of(Layer.DOMAIN, Layer.APPLICATION))))
                .satisfiesExactly(Fixture.violation(
                        "Method <" + fixture.type("domain.Status.catalog()") + ">",
                        "calls method <" + fixture.type("application.Catalog.name()") + ">"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fixture.dependencies().hexagonalLayers(EnumSet.of(Layer.DOMAIN)));
    }

    @Test
    void the_report_lists_verdicts_in_rule_order() {
        assertThat(readmeExample("com.acme.fleet").verdicts())
                .extracting(Verdict::rule, Verdict::outcome)
                .startsWith(
                        tuple("domainAllowList", Outcome.PASSED), tuple("domainDoesNotReadTheClock", Outcome.PASSED));
    }

    /** The README's example, for {@code basePackage}. */
    private static ArchitectureReport readmeExample(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);

        return DeviceStatusArchitecture.forBasePackage(basePackage)
                .allowingInApplication("com.acme.audit..")
                .check(classes);
    }

    private static JavaClasses fleet() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.acme.fleet");
    }

    /** The first {@code language} code block of the README's "Architecture rules" section. */
    private static String readmeBlock(String language) throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("\n## Architecture rules\n");
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Matcher block = Pattern.compile("\n```" + language + "\n(.*?)```\n", Pattern.DOTALL)
                .matcher(section);
        assertThat(block.find())
                .as("a ```%s block in the README's Architecture rules", language)
                .isTrue();
        return block.group(1);
    }
}
