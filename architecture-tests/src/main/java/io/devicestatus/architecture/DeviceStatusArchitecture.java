package io.devicestatus.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Objects;

/**
 * The device-status hexagon as executable ArchUnit rules: the one place that lists every rule.
 *
 * <p>The rules describe where code may live and what it may see: a pure {@code domain}, an
 * {@code application} of use cases ({@code application.port.in}), outbound ports
 * ({@code application.port.out}) and their implementations ({@code application.service}),
 * {@code adapter.<name>} modules that do not know each other, and an {@code app} composition root
 * that nothing depends on. They are written by concern, and each rule's contract is documented
 * where it is written:
 *
 * <ul>
 *   <li>{@link PurityRules}: what the domain and the application may depend on, and no system clock
 *       in the domain;
 *   <li>{@link DependencyRules}: which way dependencies point between layers, adapters and {@code app},
 *       and no package cycles;
 *   <li>{@link NamingRules}: how ports, services and adapters are named and where they live.
 * </ul>
 *
 * <p>The rules are parameterised by a base package so that a platform embedding device-status can
 * hold its own code to the same shape; {@link #check} is its entry point:
 *
 * <pre>{@code
 * JavaClasses fleet = new ClassFileImporter()
 *         .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
 *         .importPackages("com.acme.fleet");
 * DeviceStatusArchitecture.forBasePackage("com.acme.fleet")
 *         .allowingInApplication("com.acme.audit..")
 *         .check(fleet);
 * }</pre>
 *
 * <p>A platform rarely has every part of the hexagon. {@link #check} therefore skips a rule whose
 * subject (the package it looks at, {@link NamedRule#subject()}) has no class, and says so in its
 * {@link ArchitectureReport}; {@code hexagonalLayers} is checked for the layers that have classes.
 * That decision is made per rule from the imported classes, never by letting a rule pass on empty
 * input: when no class lies under the base package at all (a misspelled package), every rule is
 * checked and fails. {@link #all()} is every rule for a code base with every part, as this project
 * applies them.
 *
 * <p>Every rule fails when it finds nothing to check (a misspelled base package, a layer without
 * classes): that behaviour is pinned on each rule, so an {@code archunit.properties} that sets
 * {@code archRule.failOnEmptyShould=false} cannot turn these rules into ones that always pass.
 *
 * <p>Instances are immutable and every method returns a new rule.
 */
public final class DeviceStatusArchitecture {

    /** The one rule {@link #evaluate} adapts to the layers present instead of skipping. */
    static final String HEXAGONAL_LAYERS = "hexagonalLayers";

    private final PurityRules purity;
    private final DependencyRules dependencies;
    private final NamingRules naming;

    private DeviceStatusArchitecture(PurityRules purity) {
        this.purity = purity;
        this.dependencies = DependencyRules.forBasePackage(purity.basePackage());
        this.naming = NamingRules.forBasePackage(purity.basePackage());
    }

    /**
     * The rules for code under {@code basePackage}, which plays the role of {@code io.devicestatus}:
     * the domain lives in {@code <basePackage>.domain..}, and so on.
     *
     * @param basePackage a Java package name such as {@code com.acme.devices}, without wildcards
     * @throws IllegalArgumentException if {@code basePackage} is not a package name
     */
    public static DeviceStatusArchitecture forBasePackage(String basePackage) {
        return new DeviceStatusArchitecture(PurityRules.forBasePackage(basePackage));
    }

    /**
     * These rules with packages the domain (and so the application) may use besides the JDK without I/O, vavr,
     * jakarta.validation and this library's domain: {@link PurityRules#allowingInDomain}.
     *
     * @throws IllegalArgumentException if an identifier is invalid or could admit a JDK I/O package, an
     *     {@code adapter} or an {@code app}
     */
    public DeviceStatusArchitecture allowingInDomain(String... packageIdentifiers) {
        return new DeviceStatusArchitecture(purity.allowingInDomain(packageIdentifiers));
    }

    /**
     * These rules with packages the application may use besides the domain's, slf4j and this library's
     * application: {@link PurityRules#allowingInApplication}.
     *
     * @throws IllegalArgumentException as {@link #allowingInDomain} does
     */
    public DeviceStatusArchitecture allowingInApplication(String... packageIdentifiers) {
        return new DeviceStatusArchitecture(purity.allowingInApplication(packageIdentifiers));
    }

    /** The base package the rules were made for. */
    public String basePackage() {
        return purity.basePackage();
    }

    /**
     * {@link PurityRules#domainAllowList()}: the domain sees the JDK without I/O, vavr, jakarta.validation,
     * device-status' domain and what {@link #allowingInDomain} adds.
     */
    public ArchRule domainAllowList() {
        return purity.domainAllowList();
    }

    /** {@link PurityRules#domainDoesNotReadTheClock()}: the domain's time comes from an injected clock. */
    public ArchRule domainDoesNotReadTheClock() {
        return purity.domainDoesNotReadTheClock();
    }

    /**
     * {@link PurityRules#applicationAllowList()}: the domain's allow-list plus slf4j, the domain, device-status'
     * application and what {@link #allowingInApplication} adds.
     */
    public ArchRule applicationAllowList() {
        return purity.applicationAllowList();
    }

    /** {@link DependencyRules#adaptersDoNotDependOnEachOther()}. */
    public ArchRule adaptersDoNotDependOnEachOther() {
        return dependencies.adaptersDoNotDependOnEachOther();
    }

    /** {@link DependencyRules#hexagonalLayers()}: dependencies point inwards, every layer has classes. */
    public ArchRule hexagonalLayers() {
        return dependencies.hexagonalLayers();
    }

    /** {@link DependencyRules#nothingDependsOnApp()}: the composition root is a leaf. */
    public ArchRule nothingDependsOnApp() {
        return dependencies.nothingDependsOnApp();
    }

    /** {@link DependencyRules#noPackageCycles()}. */
    public ArchRule noPackageCycles() {
        return dependencies.noPackageCycles();
    }

    /** {@link NamingRules#inboundPortNaming()}: {@code *UseCase} interfaces and their records. */
    public ArchRule inboundPortNaming() {
        return naming.inboundPortNaming();
    }

    /**
     * {@link NamingRules#outboundPortNaming()}: {@code *Port} or {@code *Repository}; {@code *Store} for a port
     * handing out ports.
     */
    public ArchRule outboundPortNaming() {
        return naming.outboundPortNaming();
    }

    /** {@link NamingRules#useCaseImplementations()}: {@code *Service} in {@code application.service}. */
    public ArchRule useCaseImplementations() {
        return naming.useCaseImplementations();
    }

    /** {@link NamingRules#outboundAdapterNaming()}: adapters, named after their port. */
    public ArchRule outboundAdapterNaming() {
        return naming.outboundAdapterNaming();
    }

    /**
     * Every rule, each as strict as it is written: for a code base with every part of the hexagon, such as this
     * project. A rule whose subject has no class fails.
     */
    public List<NamedRule> all() {
        String base = basePackage();
        String domain = Layer.DOMAIN.packageIn(base);
        String application = Layer.APPLICATION.packageIn(base);
        String inboundPorts = base + ".application.port.in..";
        String outboundPorts = base + ".application.port.out..";
        String everything = base + "..";
        return List.of(
                new NamedRule("domainAllowList", domain, domainAllowList()),
                new NamedRule("domainDoesNotReadTheClock", domain, domainDoesNotReadTheClock()),
                new NamedRule("applicationAllowList", application, applicationAllowList()),
                new NamedRule(
                        "adaptersDoNotDependOnEachOther",
                        Layer.ADAPTERS.packageIn(base),
                        adaptersDoNotDependOnEachOther()),
                new NamedRule(HEXAGONAL_LAYERS, everything, hexagonalLayers()),
                new NamedRule("nothingDependsOnApp", everything, nothingDependsOnApp()),
                new NamedRule("noPackageCycles", everything, noPackageCycles()),
                new NamedRule("inboundPortNaming", inboundPorts, inboundPortNaming()),
                new NamedRule("outboundPortNaming", outboundPorts, outboundPortNaming()),
                new NamedRule("useCaseImplementations", inboundPorts, useCaseImplementations()),
                new NamedRule("outboundAdapterNaming", outboundPorts, outboundAdapterNaming()));
    }

    /**
     * Checks {@code classes} against every rule that applies to them, and answers the report when none failed.
     *
     * <p>Which rules apply is decided as {@link #evaluate} says; the report names every rule skipped and why.
     *
     * @param classes the platform's production classes, imported from the base package
     * @throws AssertionError with the {@link ArchitectureReport} as its message when a rule failed
     */
    public ArchitectureReport check(JavaClasses classes) {
        ArchitectureReport report = evaluate(classes);
        if (!report.passed()) {
            throw new AssertionError(report.toString());
        }
        return report;
    }

    /**
     * The verdict of every rule on {@code classes}, without throwing.
     *
     * <p>A rule is skipped when no class lies in its {@link NamedRule#subject() subject} while some class lies under
     * the base package: a platform without outbound ports gets no verdict on their naming. {@code hexagonalLayers}
     * is checked for the layers that have classes (each of them must keep its constraints towards the others), and
     * skipped when fewer than two have. When no class lies under the base package, nothing is skipped, so every rule
     * fails on its empty subject.
     */
    public ArchitectureReport evaluate(JavaClasses classes) {
        return RuleEvaluation.evaluate(this, classes);
    }

    @Override
    public String toString() {
        return "DeviceStatusArchitecture[" + basePackage() + "]";
    }

    /**
     * The four parts of the hexagon, each a package directly under the base package.
     */
    public enum Layer {
        /** {@code <base>.domain..}: the pure model. */
        DOMAIN("Domain", "domain"),
        /** {@code <base>.application..}: use cases, ports and services. */
        APPLICATION("Application", "application"),
        /** {@code <base>.adapter..}: one subpackage per adapter. */
        ADAPTERS("Adapters", "adapter"),
        /** {@code <base>.app..}: the composition root. */
        APP("App", "app");

        private final String label;
        private final String subpackage;

        Layer(String label, String subpackage) {
            this.label = label;
            this.subpackage = subpackage;
        }

        /** The layer's name in {@link DependencyRules#hexagonalLayers()} and its failure reports. */
        public String label() {
            return label;
        }

        /** The ArchUnit package identifier of this layer under {@code basePackage}, e.g. {@code a.b.domain..}. */
        public String packageIn(String basePackage) {
            return basePackage + "." + subpackage + "..";
        }
    }

    /**
     * A rule with a stable name and the package whose classes it checks.
     *
     * @param name the name of the method that made the rule, e.g. {@code domainAllowList}
     * @param subject the ArchUnit package identifier of the classes the rule checks, e.g.
     *     {@code com.acme.fleet.domain..}; {@link #evaluate} skips the rule when none is there
     * @param rule the rule itself
     */
    public record NamedRule(String name, String subject, ArchRule rule) {
        public NamedRule {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(rule, "rule");
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
