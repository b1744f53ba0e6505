package io.devicestatus.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.implement;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.SimpleConditionEvent.violated;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static io.devicestatus.architecture.RuleSupport.PACKAGE_INFO;
import static io.devicestatus.architecture.RuleSupport.pinned;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import io.devicestatus.architecture.DeviceStatusArchitecture.Layer;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One naming scheme for ports and what implements them: {@code *UseCase} interfaces taking
 * {@code *Command} / {@code *Query} records and answering {@code *Result} records, {@code *Port} /
 * {@code *Repository} outbound ports and {@code *Store} ports handing them out, {@code *Service} use-case
 * implementations in
 * {@code application.service}, and adapters named after the port they implement.
 *
 * <p>Every rule fails when it finds nothing to check. Instances are immutable and every method
 * returns a new rule; {@link DeviceStatusArchitecture} lists these rules with all the others.
 */
public final class NamingRules extends BasePackageRules {

    private NamingRules(String basePackage) {
        super(basePackage);
    }

    /**
     * The naming rules for code under {@code basePackage}, which plays the role of {@code io.devicestatus}.
     *
     * @param basePackage a Java package name such as {@code com.acme.devices}, without wildcards
     * @throws IllegalArgumentException if {@code basePackage} is not a package name
     */
    public static NamingRules forBasePackage(String basePackage) {
        return new NamingRules(basePackage);
    }

    /**
     * Top-level types in {@code <base>.application.port.in..} are interfaces named {@code *UseCase}
     * or records named {@code *Command}, {@code *Query} or {@code *Result}.
     *
     * <p>Nested types (an enum inside a command, say) and {@code package-info} are not checked.
     */
    public ArchRule inboundPortNaming() {
        return pinned(classes()
                .that()
                .resideInAPackage(inboundPorts())
                .and()
                .areTopLevelClasses()
                .and()
                .doNotHaveSimpleName(PACKAGE_INFO)
                .should(beAUseCaseOrItsInput())
                .because("an inbound port reads as a sentence: a *UseCase interface takes a"
                        + " *Command or *Query record and answers with a *Result record or a domain type"));
    }

    /**
     * Top-level interfaces in {@code <base>.application.port.out..} are named {@code *Port},
     * {@code *Repository} or {@code *Store}, and the name says which kind of port each is: a
     * {@code *Store} hands out one adapter's ports (it declares at least one method, and every method
     * it declares answers an outbound port), a {@code *Port} or {@code *Repository} does not (none of
     * its methods answers an outbound port). Other types there (records a port returns, say) are not
     * checked.
     */
    public ArchRule outboundPortNaming() {
        return pinned(classes()
                .that()
                .resideInAPackage(outboundPorts())
                .and()
                .areTopLevelClasses()
                .and()
                .areInterfaces()
                .and()
                .areNotAnnotations()
                .and()
                .doNotHaveSimpleName(PACKAGE_INFO)
                .should(beNamedForTheKindOfPortTheyAre())
                .because("an outbound port says what the application needs from the world, and"
                        + " its name says that it is one, and whether it is one adapter's store of ports"));
    }

    /**
     * Classes implementing a {@code *UseCase} interface of {@code <base>.application.port.in..}
     * reside in {@code <base>.application.service..} and are named {@code *Service}.
     */
    public ArchRule useCaseImplementations() {
        return pinned(classes()
                .that(implement(useCase()))
                .should()
                .resideInAPackage(basePackage + ".application.service..")
                .andShould()
                .haveSimpleNameEndingWith("Service")
                .because("use cases are implemented once, in the application, where a reader" + " looks for them"));
    }

    /**
     * Classes implementing an outbound port (a top-level interface of
     * {@code <base>.application.port.out..}) reside in {@code <base>.adapter..} and their simple
     * name ends with the port's simple name without a trailing {@code Port}:
     * {@code SqlStatusStore implements StatusStore}, {@code JooqStatusRepository implements StatusRepository},
     * {@code SystemIdGenerator implements IdGeneratorPort}.
     *
     * <p>A class is held to its most specific ports: implementing {@code DeviceStatusRepository
     * extends SavePort} needs the first name only. A class implementing two unrelated
     * ports is reported, since one name cannot end with both: one adapter class per port.
     */
    public ArchRule outboundAdapterNaming() {
        return pinned(classes()
                .that(implement(outboundPort()))
                .should(resideInAdaptersAndBeNamedAfterTheirPorts())
                .because("an adapter is found from its port by name, and only adapters talk to" + " the world"));
    }

    private String inboundPorts() {
        return basePackage + ".application.port.in..";
    }

    private String outboundPorts() {
        return basePackage + ".application.port.out..";
    }

    private DescribedPredicate<JavaClass> useCase() {
        DescribedPredicate<JavaClass> inPortIn = resideInAPackage(inboundPorts());
        return describe(
                "a *UseCase interface in '" + inboundPorts() + "'",
                c -> c.isInterface() && inPortIn.test(c) && c.getSimpleName().endsWith("UseCase"));
    }

    private DescribedPredicate<JavaClass> outboundPort() {
        DescribedPredicate<JavaClass> inPortOut = resideInAPackage(outboundPorts());
        return describe(
                "an outbound port (a top-level interface in '" + outboundPorts() + "')",
                c -> isOutboundPort(c, inPortOut));
    }

    private static boolean isOutboundPort(JavaClass candidate, DescribedPredicate<JavaClass> inPortOut) {
        return candidate.isInterface()
                && !candidate.isAnnotation()
                && candidate.isTopLevelClass()
                && !candidate.getSimpleName().equals(PACKAGE_INFO)
                && inPortOut.test(candidate);
    }

    private ArchCondition<JavaClass> beNamedForTheKindOfPortTheyAre() {
        DescribedPredicate<JavaClass> inPortOut = resideInAPackage(outboundPorts());
        return new ArchCondition<>("be named *Port or *Repository, or *Store when every method they declare answers an"
                + " outbound port") {
            @Override
            public void check(JavaClass port, ConditionEvents events) {
                String name = port.getSimpleName();
                List<JavaMethod> methods = port.getMethods().stream()
                        .filter(NamingRules::isPortMethod)
                        .sorted(Comparator.comparing(JavaMethod::getName))
                        .toList();
                List<JavaMethod> handingOutPorts = methods.stream()
                        .filter(m -> isOutboundPort(m.getRawReturnType(), inPortOut))
                        .toList();
                if (name.endsWith("Store")) {
                    if (methods.isEmpty()) {
                        events.add(violated(
                                port,
                                String.format(
                                        "Interface <%s> is named *Store but declares no method handing out an"
                                                + " outbound port in %s",
                                        port.getName(), port.getSourceCodeLocation())));
                    }
                    methods.stream()
                            .filter(m -> !handingOutPorts.contains(m))
                            .forEach(m -> events.add(violated(
                                    port,
                                    String.format(
                                            "Interface <%s> is named *Store but its method %s() answers <%s>, not"
                                                    + " an outbound port, in %s",
                                            port.getName(),
                                            m.getName(),
                                            m.getRawReturnType().getName(),
                                            port.getSourceCodeLocation()))));
                } else if (name.endsWith("Port") || name.endsWith("Repository")) {
                    handingOutPorts.forEach(m -> events.add(violated(
                            port,
                            String.format(
                                    "Interface <%s> hands out outbound port <%s> from %s() but is not named *Store"
                                            + " in %s",
                                    port.getName(),
                                    m.getRawReturnType().getName(),
                                    m.getName(),
                                    port.getSourceCodeLocation()))));
                } else {
                    events.add(violated(
                            port,
                            String.format(
                                    "Interface <%s> is named neither *Port, *Repository nor *Store in %s",
                                    port.getName(), port.getSourceCodeLocation())));
                }
            }
        };
    }

    /** A method the port's users call: neither static nor private nor made by the compiler (a lambda's body). */
    private static boolean isPortMethod(JavaMethod method) {
        Set<JavaModifier> modifiers = method.getModifiers();
        return !modifiers.contains(JavaModifier.STATIC)
                && !modifiers.contains(JavaModifier.PRIVATE)
                && !modifiers.contains(JavaModifier.SYNTHETIC)
                && !modifiers.contains(JavaModifier.BRIDGE);
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
                    events.add(violated(
                            type,
                            String.format(
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
        return new ArchCondition<>(
                "reside in a package '%s' and have a simple name ending with"
                        + " the simple name of each port they implement, without a trailing 'Port'",
                adapters) {
            @Override
            public void check(JavaClass adapter, ConditionEvents events) {
                Set<JavaClass> ports = mostSpecific(adapter.getAllRawInterfaces().stream()
                        .filter(i -> isOutboundPort(i, inPortOut))
                        .collect(Collectors.toSet()));
                String portNames =
                        ports.stream().map(JavaClass::getName).sorted().collect(Collectors.joining(", "));
                if (!inAdapters.test(adapter)) {
                    events.add(violated(
                            adapter,
                            String.format(
                                    "Class <%s> implements outbound port <%s> but does not reside in a package '%s' in %s",
                                    adapter.getName(), portNames, adapters, adapter.getSourceCodeLocation())));
                }
                ports.stream()
                        .sorted(Comparator.comparing(JavaClass::getName))
                        .filter(port -> !adapter.getSimpleName().endsWith(stem(port)))
                        .forEach(port -> events.add(violated(
                                adapter,
                                String.format(
                                        "Class <%s> implements outbound port <%s> but its simple name does not end with '%s' in %s",
                                        adapter.getName(),
                                        port.getName(),
                                        stem(port),
                                        adapter.getSourceCodeLocation()))));
            }
        };
    }

    private static Set<JavaClass> mostSpecific(Set<JavaClass> ports) {
        return ports.stream()
                .filter(port ->
                        ports.stream().noneMatch(other -> !other.equals(port) && other.isAssignableTo(port.getName())))
                .collect(Collectors.toSet());
    }

    private static String stem(JavaClass port) {
        String name = port.getSimpleName();
        return name.endsWith("Port") ? name.substring(0, name.length() - "Port".length()) : name;
    }
}
