package io.devicestatus.architecture;

import com.tngtech.archunit.lang.ArchRule;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

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
 * hold its own code to the same shape:
 *
 * <pre>{@code
 * DeviceStatusArchitecture architecture = DeviceStatusArchitecture.forBasePackage("com.acme.devices");
 * JavaClasses classes = new ClassFileImporter()
 *         .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
 *         .importPackages("com.acme.devices");
 * architecture.domainAllowList().check(classes);
 * architecture.all().forEach(rule -> rule.rule().check(classes));
 * }</pre>
 *
 * <p>Every rule fails when it finds nothing to check (a misspelled base package, a layer without
 * classes): that behaviour is pinned on each rule, so an {@code archunit.properties} that sets
 * {@code archRule.failOnEmptyShould=false} cannot turn these rules into ones that always pass. A
 * code base that does not have every layer yet selects the rules whose subjects exist with
 * {@link #rulesFor(Set)}.
 *
 * <p>Instances are immutable and every method returns a new rule.
 */
public final class DeviceStatusArchitecture {

    private final PurityRules purity;
    private final DependencyRules dependencies;
    private final NamingRules naming;

    private DeviceStatusArchitecture(String basePackage) {
        this.purity = PurityRules.forBasePackage(basePackage);
        this.dependencies = DependencyRules.forBasePackage(basePackage);
        this.naming = NamingRules.forBasePackage(basePackage);
    }

    /**
     * The rules for code under {@code basePackage}, which plays the role of {@code io.devicestatus}:
     * the domain lives in {@code <basePackage>.domain..}, and so on.
     *
     * @param basePackage a Java package name such as {@code com.acme.devices}, without wildcards
     * @throws IllegalArgumentException if {@code basePackage} is not a package name
     */
    public static DeviceStatusArchitecture forBasePackage(String basePackage) {
        return new DeviceStatusArchitecture(RuleSupport.checkedBasePackage(basePackage));
    }

    /** The base package the rules were made for. */
    public String basePackage() {
        return purity.basePackage();
    }

    /** {@link PurityRules#domainAllowList()}: the domain sees the JDK without I/O, vavr and jakarta.validation. */
    public ArchRule domainAllowList() {
        return purity.domainAllowList();
    }

    /** {@link PurityRules#domainDoesNotReadTheClock()}: the domain's time comes from an injected clock. */
    public ArchRule domainDoesNotReadTheClock() {
        return purity.domainDoesNotReadTheClock();
    }

    /** {@link PurityRules#applicationAllowList()}: the domain's allow-list plus slf4j and the domain. */
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

    /** Every rule, for a code base that has all four layers. */
    public List<NamedRule> all() {
        return rulesFor(EnumSet.allOf(Layer.class));
    }

    /**
     * The rules whose subjects exist once the given layers have classes, so a code base growing
     * layer by layer applies every rule that can already fail for a real reason, and no rule that
     * would fail only because a layer is still empty.
     */
    public List<NamedRule> rulesFor(Set<Layer> layersWithClasses) {
        Set<Layer> present =
                layersWithClasses.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layersWithClasses);
        return Stream.of(
                        new NamedRule("domainAllowList", EnumSet.of(Layer.DOMAIN), domainAllowList()),
                        new NamedRule(
                                "domainDoesNotReadTheClock", EnumSet.of(Layer.DOMAIN), domainDoesNotReadTheClock()),
                        new NamedRule("noPackageCycles", EnumSet.of(Layer.DOMAIN), noPackageCycles()),
                        new NamedRule("nothingDependsOnApp", EnumSet.of(Layer.DOMAIN), nothingDependsOnApp()),
                        new NamedRule("applicationAllowList", EnumSet.of(Layer.APPLICATION), applicationAllowList()),
                        new NamedRule("inboundPortNaming", EnumSet.of(Layer.APPLICATION), inboundPortNaming()),
                        new NamedRule("outboundPortNaming", EnumSet.of(Layer.APPLICATION), outboundPortNaming()),
                        new NamedRule(
                                "useCaseImplementations", EnumSet.of(Layer.APPLICATION), useCaseImplementations()),
                        new NamedRule(
                                "adaptersDoNotDependOnEachOther",
                                EnumSet.of(Layer.ADAPTERS),
                                adaptersDoNotDependOnEachOther()),
                        new NamedRule(
                                "outboundAdapterNaming",
                                EnumSet.of(Layer.APPLICATION, Layer.ADAPTERS),
                                outboundAdapterNaming()),
                        new NamedRule("hexagonalLayers", EnumSet.allOf(Layer.class), hexagonalLayers()))
                .filter(rule -> present.containsAll(rule.needs()))
                .toList();
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
     * A rule with a stable name and the layers that must have classes for it to have subjects.
     *
     * @param name the name of the method that made the rule, e.g. {@code domainAllowList}
     * @param needs the layers whose classes the rule checks; never empty
     * @param rule the rule itself
     */
    public record NamedRule(String name, Set<Layer> needs, ArchRule rule) {
        public NamedRule {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(rule, "rule");
            if (needs.isEmpty()) {
                throw new IllegalArgumentException("a rule needs at least one layer: " + name);
            }
            needs = Set.copyOf(needs);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
