package io.devicestatus.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.devicestatus.architecture.ArchitectureReport.Outcome;
import io.devicestatus.architecture.ArchitectureReport.Verdict;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Holds this project's production classes to every rule of {@link DeviceStatusArchitecture}: a
 * domain class that calls {@code java.sql.DriverManager} fails {@code mvn verify} here.
 *
 * <p>All four layers have code, so every rule applies, {@code hexagonalLayers} included; a layer
 * that lost its classes would fail that rule as empty. The modules under analysis are this module's
 * test dependencies (jars in a reactor build, so jars are not excluded): a new module is added to
 * pom.xml. This module's own package is left out: it is the ruler, not the product, and its classes
 * must not make the package-wide rules look satisfied while a layer is empty.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectArchitectureTest {

    private static final String BASE_PACKAGE = "io.devicestatus";

    private final DeviceStatusArchitecture architecture = DeviceStatusArchitecture.forBasePackage(BASE_PACKAGE);

    private final JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE_PACKAGE)
            .that(resideOutsideOfPackage(BASE_PACKAGE + ".architecture.."));

    @TestFactory
    Stream<DynamicTest> production_code_follows_the_architecture() {
        return architecture.all().stream()
                .map(rule -> dynamicTest(rule.name(), () -> rule.rule().check(production)));
    }

    /** What a platform runs skips a rule where a package has no class; here every package has classes. */
    @Test
    void the_embedders_entry_point_skips_no_rule_here() {
        assertThat(architecture.check(production).verdicts())
                .extracting(Verdict::rule, Verdict::outcome)
                .containsExactlyElementsOf(architecture.all().stream()
                        .map(rule -> tuple(rule.name(), Outcome.PASSED))
                        .toList());
    }
}
