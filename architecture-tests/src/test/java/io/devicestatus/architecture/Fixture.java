package io.devicestatus.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.assertj.core.api.ThrowingConsumer;

/**
 * One fixture code base under {@code io.devicestatus.architecture.fixtures.<name>}: only its own
 * classes, and the rules made for its base package (all of them, and each concern on its own).
 */
record Fixture(String basePackage, JavaClasses classes, DeviceStatusArchitecture architecture) {

    private static final String FIXTURES = "io.devicestatus.architecture.fixtures";

    static Fixture named(String name) {
        String basePackage = FIXTURES + "." + name;
        return new Fixture(
                basePackage,
                new ClassFileImporter().importPackages(basePackage),
                DeviceStatusArchitecture.forBasePackage(basePackage));
    }

    PurityRules purity() {
        return PurityRules.forBasePackage(basePackage);
    }

    DependencyRules dependencies() {
        return DependencyRules.forBasePackage(basePackage);
    }

    NamingRules naming() {
        return NamingRules.forBasePackage(basePackage);
    }

    /** The fully qualified name of a fixture type, given relative to the base package. */
    String type(String relativeName) {
        return basePackage + "." + relativeName;
    }

    /** The rule's violation details; the rule must have found subjects to check. */
    List<String> violations(ArchRule rule) {
        return rule.evaluate(classes).getFailureReport().getDetails();
    }

    /** A violation whose text names every fragment (origin, target, ...). */
    static ThrowingConsumer<String> violation(String... fragments) {
        return detail -> assertThat(detail).contains(fragments);
    }
}
