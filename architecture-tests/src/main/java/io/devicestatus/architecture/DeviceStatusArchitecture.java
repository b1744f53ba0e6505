package io.devicestatus.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.implement;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.SimpleConditionEvent.violated;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The device-status hexagon as executable ArchUnit rules.
 *
 * <p>The rules describe where code may live and what it may see: a pure {@code domain}, an
 * {@code application} of use cases ({@code application.port.in}), outbound ports
 * ({@code application.port.out}) and their implementations ({@code application.service}),
 * {@code adapter.<name>} modules that do not know each other, and an {@code app} composition root
 * that nothing depends on. They are parameterised by a base package so that a platform embedding
 * device-status can hold its own code to the same shape:
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

    private static final Pattern PACKAGE_NAME =
            Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
                    + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

    /** JDK packages that do I/O; neither the domain nor the application may use them. */
    private static final List<String> JDK_IO_PACKAGES = List.of("java.io..", "java.nio..", "java.net..", "java.sql..");

    private static final Set<String> SYSTEM_CLOCK_FACTORIES =
            Set.of("systemUTC", "systemDefaultZone", "system", "tickMillis", "tickSeconds", "tickMinutes");

    private static final String PACKAGE_INFO = "package-info";

    private final String basePackage;

    private DeviceStatusArchitecture(String basePackage) {
        this.basePackage = basePackage;
    }

    /**
     * The rules for code under {@code basePackage}, which plays the role of {@code io.devicestatus}:
     * the domain lives in {@code <basePackage>.domain..}, and so on.
     *
     * @param basePackage a Java package name such as {@code com.acme.devices}, without wildcards
     * @throws IllegalArgumentException if {@code basePackage} is not a package name
     */
    public static DeviceStatusArchitecture forBasePackage(String basePackage) {
        Objects.requireNonNull(basePackage, "basePackage");
        if (!PACKAGE_NAME.matcher(basePackage).matches()) {
            throw new IllegalArgumentException("not a Java package name: '" + basePackage + "'");
        }
        return new DeviceStatusArchitecture(basePackage);
    }

    /** The base package the rules were made for. */
    public String basePackage() {
        return basePackage;
    }

    /**
     * Domain classes depend only on the JDK without its I/O packages ({@code java.io}, {@code java.nio},
     * {@code java.net}, {@code java.sql}), on vavr, on jakarta.validation and on the domain itself.
     *
     * <p>An allow-list rather than a deny-list, so a library nobody thought of is caught too. Arrays
     * count as their component type ({@code int[]} and {@code String[]} are {@code java.lang}).
     */
    public ArchRule domainAllowList() {
        return pinned(classes().that().resideInAPackage(Layer.DOMAIN.packageIn(basePackage))
                .should().onlyDependOnClassesThat(jdkWithoutIoOr(
                        "io.vavr..", "jakarta.validation..", Layer.DOMAIN.packageIn(basePackage)))
                .because("the domain is the pure model: it must compile and be tested without I/O,"
                        + " frameworks or infrastructure, so only the JDK's non-I/O packages, vavr"
                        + " and jakarta.validation may appear in it"));
    }

    /**
     * Domain classes do not read the system clock: no {@code now()} of a {@code java.time} type
     * except {@code now(Clock)}, no {@code Clock.systemUTC()}, {@code Clock.systemDefaultZone()},
     * {@code Clock.system(ZoneId)}, {@code Clock.tick*(ZoneId)}, {@code InstantSource.system()},
     * {@code System.currentTimeMillis()}, {@code System.nanoTime()} or {@code new java.util.Date()},
     * whether called or passed as a method reference.
     *
     * <p>{@code now(ZoneId)} is reported too: it reads the system clock just like {@code now()}.
     */
    public ArchRule domainDoesNotReadTheClock() {
        return pinned(noClasses().that().resideInAPackage(Layer.DOMAIN.packageIn(basePackage))
                .should().accessTargetWhere(readsTheSystemClock())
                .because("time reaches the domain as an injected java.time.Clock, so that every"
                        + " time-dependent rule is deterministic in tests and replayable"));
    }

    /**
     * Application classes depend only on the JDK without its I/O packages ({@code java.io},
     * {@code java.nio}, {@code java.net}, {@code java.sql}), on vavr, jakarta.validation, slf4j,
     * the domain and the application itself.
     *
     * <p>The application orchestrates: it reaches the world only through its outbound ports, so
     * it needs no I/O API, not even {@code java.io}.
     */
    public ArchRule applicationAllowList() {
        return pinned(classes().that().resideInAPackage(Layer.APPLICATION.packageIn(basePackage))
                .should().onlyDependOnClassesThat(jdkWithoutIoOr(
                        "io.vavr..", "jakarta.validation..", "org.slf4j..",
                        Layer.DOMAIN.packageIn(basePackage), Layer.APPLICATION.packageIn(basePackage)))
                .because("the application talks to databases, HTTP and files only through its"
                        + " outbound ports, so that it can run against the in-memory adapters"
                        + " and no infrastructure type crosses a port"));
    }

    /** No adapter ({@code <base>.adapter.<name>..}) depends on another adapter. */
    public ArchRule adaptersDoNotDependOnEachOther() {
        return pinned(slices().matching(basePackage + ".adapter.(*)..")
                .should().notDependOnEachOther()
                .because("each adapter is replaceable on its own; what two adapters share belongs"
                        + " in the application's ports or in the domain"));
    }

    /**
     * The hexagon as layers: {@code app} is accessed by no layer, adapters only by {@code app},
     * the application only by adapters and {@code app}, the domain by everything else.
     *
     * <p>Only dependencies between the four layers are checked (libraries are the allow-lists'
     * business), and every layer must have classes.
     */
    public ArchRule hexagonalLayers() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer(Layer.DOMAIN.label()).definedBy(Layer.DOMAIN.packageIn(basePackage))
                .layer(Layer.APPLICATION.label()).definedBy(Layer.APPLICATION.packageIn(basePackage))
                .layer(Layer.ADAPTERS.label()).definedBy(Layer.ADAPTERS.packageIn(basePackage))
                .layer(Layer.APP.label()).definedBy(Layer.APP.packageIn(basePackage))
                .whereLayer(Layer.APP.label()).mayNotBeAccessedByAnyLayer()
                .whereLayer(Layer.ADAPTERS.label()).mayOnlyBeAccessedByLayers(Layer.APP.label())
                .whereLayer(Layer.APPLICATION.label())
                .mayOnlyBeAccessedByLayers(Layer.ADAPTERS.label(), Layer.APP.label())
                .whereLayer(Layer.DOMAIN.label())
                .mayOnlyBeAccessedByLayers(Layer.APPLICATION.label(), Layer.ADAPTERS.label(), Layer.APP.label())
                .withOptionalLayers(false)
                .because("dependencies point inwards: adapters plug into the application, the"
                        + " application into the domain, and only the composition root knows them all");
    }

    /** No class under the base package outside {@code <base>.app..} depends on {@code <base>.app..}. */
    public ArchRule nothingDependsOnApp() {
        String app = Layer.APP.packageIn(basePackage);
        return pinned(noClasses().that().resideInAPackage(basePackage + "..").and().resideOutsideOfPackage(app)
                .should().dependOnClassesThat().resideInAPackage(app)
                .because("the composition root wires everything together; a dependency on it"
                        + " would let that wiring leak into the code it wires"));
    }

    /** The packages under the base package are free of cycles (each package is its own slice). */
    public ArchRule noPackageCycles() {
        return pinned(slices().matching(basePackage + ".(**)")
                .should().beFreeOfCycles()
                .because("packages in a cycle can only be understood, tested and changed together"));
    }

    /**
     * Top-level types in {@code <base>.application.port.in..} are interfaces named {@code *UseCase}
     * or records named {@code *Command}, {@code *Query} or {@code *Result}.
     *
     * <p>Nested types (an enum inside a command, say) and {@code package-info} are not checked.
     */
    public ArchRule inboundPortNaming() {
        return pinned(classes().that().resideInAPackage(inboundPorts())
                .and().areTopLevelClasses()
                .and().doNotHaveSimpleName(PACKAGE_INFO)
                .should(beAUseCaseOrItsInput())
                .because("an inbound port reads as a sentence: a *UseCase interface takes a"
                        + " *Command or *Query record and answers with a *Result record or a domain type"));
    }

    /**
     * Top-level interfaces in {@code <base>.application.port.out..} are named {@code *Port} or
     * {@code *Repository}; other types there (records a port returns, say) are not checked.
     */
    public ArchRule outboundPortNaming() {
        return pinned(classes().that().resideInAPackage(outboundPorts())
                .and().areTopLevelClasses()
                .and().areInterfaces()
                .and().areNotAnnotations()
                .and().doNotHaveSimpleName(PACKAGE_INFO)
                .should().haveSimpleNameEndingWith("Port")
                .orShould().haveSimpleNameEndingWith("Repository")
                .because("an outbound port says what the application needs from the world, and"
                        + " its name says that it is one"));
    }

    /**
     * Classes implementing a {@code *UseCase} interface of {@code <base>.application.port.in..}
     * reside in {@code <base>.application.service..} and are named {@code *Service}.
     */
    public ArchRule useCaseImplementations() {
        return pinned(classes().that(implement(useCase()))
                .should().resideInAPackage(basePackage + ".application.service..")
                .andShould().haveSimpleNameEndingWith("Service")
                .because("use cases are implemented once, in the application, where a reader"
                        + " looks for them"));
    }

    /**
     * Classes implementing an outbound port (a top-level interface of
     * {@code <base>.application.port.out..}) reside in {@code <base>.adapter..} and their simple
     * name ends with the port's simple name without a trailing {@code Port}:
     * {@code JooqIosUpdateStatusRepository implements IosUpdateStatusRepository},
     * {@code SystemIdGenerator implements IdGeneratorPort}.
     *
     * <p>A class is held to its most specific ports: implementing {@code IosUpdateStatusRepository
     * extends StatusRepository} needs the first name only. A class implementing two unrelated
     * ports is reported, since one name cannot end with both: one adapter class per port.
     */
    public ArchRule outboundAdapterNaming() {
        return pinned(classes().that(implement(outboundPort()))
                .should(resideInAdaptersAndBeNamedAfterTheirPorts())
                .because("an adapter is found from its port by name, and only adapters talk to"
                        + " the world"));
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
        Set<Layer> present = layersWithClasses.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layersWithClasses);
        return Stream.of(
                        new NamedRule("domainAllowList", EnumSet.of(Layer.DOMAIN), domainAllowList()),
                        new NamedRule("domainDoesNotReadTheClock", EnumSet.of(Layer.DOMAIN), domainDoesNotReadTheClock()),
                        new NamedRule("noPackageCycles", EnumSet.of(Layer.DOMAIN), noPackageCycles()),
                        new NamedRule("nothingDependsOnApp", EnumSet.of(Layer.DOMAIN), nothingDependsOnApp()),
                        new NamedRule("applicationAllowList", EnumSet.of(Layer.APPLICATION), applicationAllowList()),
                        new NamedRule("inboundPortNaming", EnumSet.of(Layer.APPLICATION), inboundPortNaming()),
                        new NamedRule("outboundPortNaming", EnumSet.of(Layer.APPLICATION), outboundPortNaming()),
                        new NamedRule("useCaseImplementations", EnumSet.of(Layer.APPLICATION), useCaseImplementations()),
                        new NamedRule("adaptersDoNotDependOnEachOther", EnumSet.of(Layer.ADAPTERS),
                                adaptersDoNotDependOnEachOther()),
                        new NamedRule("outboundAdapterNaming", EnumSet.of(Layer.APPLICATION, Layer.ADAPTERS),
                                outboundAdapterNaming()),
                        new NamedRule("hexagonalLayers", EnumSet.allOf(Layer.class), hexagonalLayers()))
                .filter(rule -> present.containsAll(rule.needs()))
                .toList();
    }

    @Override
    public String toString() {
        return "DeviceStatusArchitecture[" + basePackage + "]";
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

        /** The layer's name in {@link #hexagonalLayers()} and its failure reports. */
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

    private static ArchRule pinned(ArchRule rule) {
        return rule.allowEmptyShould(false);
    }

    private static DescribedPredicate<JavaClass> jdkWithoutIoOr(String... otherPackages) {
        String[] io = JDK_IO_PACKAGES.toArray(String[]::new);
        DescribedPredicate<JavaClass> jdkWithoutIo = resideInAPackage("java..").and(not(resideInAnyPackage(io)));
        return jdkWithoutIo.or(resideInAnyPackage(otherPackages))
                .as("reside in 'java..' except %s, or in %s",
                        String.join(", ", quoted(JDK_IO_PACKAGES)), String.join(", ", quoted(List.of(otherPackages))));
    }

    private static List<String> quoted(List<String> packages) {
        return packages.stream().map(p -> "'" + p + "'").toList();
    }

    private static DescribedPredicate<JavaAccess<?>> readsTheSystemClock() {
        return describe("target reads the system clock (now() without a Clock, Clock.system*(),"
                        + " System.currentTimeMillis(), System.nanoTime(), new Date())",
                access -> readsTheSystemClock(access.getTarget()));
    }

    private static boolean readsTheSystemClock(AccessTarget target) {
        if (!(target instanceof CodeUnitAccessTarget codeUnit)) {
            return false;
        }
        String owner = codeUnit.getOwner().getName();
        String name = codeUnit.getName();
        List<JavaClass> parameters = codeUnit.getRawParameterTypes();
        boolean javaTime = codeUnit.getOwner().getPackageName().equals("java.time")
                || codeUnit.getOwner().getPackageName().startsWith("java.time.");
        if (javaTime && name.equals("now")) {
            return !(parameters.size() == 1 && parameters.get(0).isEquivalentTo(Clock.class));
        }
        return switch (owner) {
            case "java.time.Clock" -> SYSTEM_CLOCK_FACTORIES.contains(name);
            case "java.time.InstantSource" -> name.equals("system");
            case "java.lang.System" -> name.equals("currentTimeMillis") || name.equals("nanoTime");
            case "java.util.Date" -> name.equals(JavaConstructor.CONSTRUCTOR_NAME) && parameters.isEmpty();
            default -> false;
        };
    }

    private String inboundPorts() {
        return basePackage + ".application.port.in..";
    }

    private String outboundPorts() {
        return basePackage + ".application.port.out..";
    }

    private DescribedPredicate<JavaClass> useCase() {
        DescribedPredicate<JavaClass> inPortIn = resideInAPackage(inboundPorts());
        return describe("a *UseCase interface in '" + inboundPorts() + "'",
                c -> c.isInterface() && inPortIn.test(c) && c.getSimpleName().endsWith("UseCase"));
    }

    private DescribedPredicate<JavaClass> outboundPort() {
        DescribedPredicate<JavaClass> inPortOut = resideInAPackage(outboundPorts());
        return describe("an outbound port (a top-level interface in '" + outboundPorts() + "')",
                c -> isOutboundPort(c, inPortOut));
    }

    private static boolean isOutboundPort(JavaClass candidate, DescribedPredicate<JavaClass> inPortOut) {
        return candidate.isInterface()
                && !candidate.isAnnotation()
                && candidate.isTopLevelClass()
                && !candidate.getSimpleName().equals(PACKAGE_INFO)
                && inPortOut.test(candidate);
    }

    private static ArchCondition<JavaClass> beAUseCaseOrItsInput() {
        return new ArchCondition<>("be interfaces named *UseCase or records named *Command, *Query or *Result") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String name = type.getSimpleName();
                boolean useCase = type.isInterface() && !type.isAnnotation() && name.endsWith("UseCase");
                boolean message = type.isRecord()
                        && (name.endsWith("Command") || name.endsWith("Query") || name.endsWith("Result"));
                if (!useCase && !message) {
                    events.add(violated(type, String.format(
                            "%s <%s> is neither an interface named *UseCase nor a record named *Command,"
                                    + " *Query or *Result in %s",
                            kindOf(type), type.getName(), type.getSourceCodeLocation())));
                }
            }
        };
    }

    private static String kindOf(JavaClass type) {
        if (type.isRecord()) {
            return "Record";
        }
        if (type.isAnnotation()) {
            return "Annotation";
        }
        if (type.isInterface()) {
            return "Interface";
        }
        if (type.isEnum()) {
            return "Enum";
        }
        return "Class";
    }

    private ArchCondition<JavaClass> resideInAdaptersAndBeNamedAfterTheirPorts() {
        String adapters = Layer.ADAPTERS.packageIn(basePackage);
        DescribedPredicate<JavaClass> inAdapters = resideInAPackage(adapters);
        DescribedPredicate<JavaClass> inPortOut = resideInAPackage(outboundPorts());
        return new ArchCondition<>("reside in a package '%s' and have a simple name ending with"
                + " the simple name of each port they implement, without a trailing 'Port'", adapters) {
            @Override
            public void check(JavaClass adapter, ConditionEvents events) {
                Set<JavaClass> ports = mostSpecific(adapter.getAllRawInterfaces().stream()
                        .filter(i -> isOutboundPort(i, inPortOut))
                        .collect(Collectors.toSet()));
                String portNames = ports.stream().map(JavaClass::getName).sorted().collect(Collectors.joining(", "));
                if (!inAdapters.test(adapter)) {
                    events.add(violated(adapter, String.format(
                            "Class <%s> implements outbound port <%s> but does not reside in a package '%s' in %s",
                            adapter.getName(), portNames, adapters, adapter.getSourceCodeLocation())));
                }
                ports.stream()
                        .sorted(Comparator.comparing(JavaClass::getName))
                        .filter(port -> !adapter.getSimpleName().endsWith(stem(port)))
                        .forEach(port -> events.add(violated(adapter, String.format(
                                "Class <%s> implements outbound port <%s> but its simple name does not end with '%s' in %s",
                                adapter.getName(), port.getName(), stem(port), adapter.getSourceCodeLocation()))));
            }
        };
    }

    private static Set<JavaClass> mostSpecific(Set<JavaClass> ports) {
        return ports.stream()
                .filter(port -> ports.stream().noneMatch(other -> !other.equals(port) && other.isAssignableTo(port.getName())))
                .collect(Collectors.toSet());
    }

    private static String stem(JavaClass port) {
        String name = port.getSimpleName();
        return name.endsWith("Port") ? name.substring(0, name.length() - "Port".length()) : name;
    }
}
