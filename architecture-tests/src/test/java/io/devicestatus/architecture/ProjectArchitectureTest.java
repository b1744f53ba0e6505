package io.devicestatus.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.devicestatus.architecture.DeviceStatusArchitecture.Layer;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Holds this project's production classes to {@link DeviceStatusArchitecture}: a domain class that
 * calls {@code java.sql.DriverManager} fails {@code mvn verify} here.
 *
 * <p>The modules under analysis are this module's test dependencies (jars in a reactor build, so
 * jars are not excluded). This module's own package is left out: it is the ruler, not the product,
 * and its classes must not make the package-wide rules look satisfied while a layer is still empty.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectArchitectureTest {

    private static final String BASE_PACKAGE = "io.devicestatus";

    /**
     * The layers that have production code, the one place to change as modules land (add each new
     * module as a test dependency in pom.xml at the same time): APPLICATION brings
     * applicationAllowList, inboundPortNaming, outboundPortNaming and useCaseImplementations;
     * ADAPTERS brings adaptersDoNotDependOnEachOther and, with APPLICATION, outboundAdapterNaming;
     * APP completes the four layers and brings hexagonalLayers.
     */
    private static final Set<Layer> LAYERS_WITH_CODE = EnumSet.allOf(Layer.class);

    private final DeviceStatusArchitecture architecture = DeviceStatusArchitecture.forBasePackage(BASE_PACKAGE);

    private final JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE_PACKAGE)
            .that(resideOutsideOfPackage(BASE_PACKAGE + ".architecture.."));

    @TestFactory
    Stream<DynamicTest> production_code_follows_the_architecture() {
        return architecture.rulesFor(LAYERS_WITH_CODE).stream()
                .map(rule -> dynamicTest(rule.name(), () -> rule.rule().check(production)));
    }

    @Test
    void layers_without_their_rules_have_no_code_yet() {
        for (Layer layer : EnumSet.complementOf(EnumSet.copyOf(LAYERS_WITH_CODE))) {
            assertThat(production.that(resideInAPackage(layer.packageIn(BASE_PACKAGE))))
                    .as("%s has classes now: add Layer.%s to LAYERS_WITH_CODE so its rules apply", layer.label(), layer)
                    .extracting(JavaClass::getName)
                    .isEmpty();
        }
    }
}
