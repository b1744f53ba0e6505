package io.devicestatus.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static io.devicestatus.architecture.RuleSupport.pinned;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.lang.ArchRule;
import io.devicestatus.architecture.DeviceStatusArchitecture.Layer;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the inner layers may see: the domain and the application depend on allow-listed packages
 * only, and the domain gets its time from an injected {@link Clock}.
 *
 * <p>Allow-lists rather than layer rules, because layer rules only look at the four layers and so
 * miss a library leaking in. Every rule fails when it finds nothing to check. Instances are
 * immutable and every method returns a new rule; {@link DeviceStatusArchitecture} lists these rules
 * with all the others.
 *
 * <p>A platform embedding device-status may use this library's domain in its domain, and this library's domain and
 * application (its use cases) in its application: they pass these same allow-lists, so using them keeps the
 * platform's layers pure. Packages of its own that a layer may use are added with {@link #allowingInDomain} and
 * {@link #allowingInApplication}; {@link AllowedPackages} says which ones cannot be.
 */
public final class PurityRules extends BasePackageRules {

    /** This library's domain, which a platform's domain and application may use. */
    static final String LIBRARY_DOMAIN = "io.devicestatus.domain..";

    /** This library's application (use cases, ports, model), which a platform's application may use. */
    static final String LIBRARY_APPLICATION = "io.devicestatus.application..";

    /** JDK packages that do I/O; neither the domain nor the application may use them. */
    static final List<String> JDK_IO_PACKAGES = List.of("java.io..", "java.nio..", "java.net..", "java.sql..");

    private static final Set<String> SYSTEM_CLOCK_FACTORIES =
            Set.of("systemUTC", "systemDefaultZone", "system", "tickMillis", "tickSeconds", "tickMinutes");

    private final List<String> domainExtras;
    private final List<String> applicationExtras;

    private PurityRules(String basePackage, List<String> domainExtras, List<String> applicationExtras) {
        super(basePackage);
        this.domainExtras = List.copyOf(domainExtras);
        this.applicationExtras = List.copyOf(applicationExtras);
    }

    /**
     * The purity rules for code under {@code basePackage}, which plays the role of {@code io.devicestatus}.
     *
     * @param basePackage a Java package name such as {@code com.acme.devices}, without wildcards
     * @throws IllegalArgumentException if {@code basePackage} is not a package name
     */
    public static PurityRules forBasePackage(String basePackage) {
        return new PurityRules(basePackage, List.of(), List.of());
    }

    /**
     * These rules with {@code packageIdentifiers} added to the domain's allow-list, and so to the application's.
     *
     * @param packageIdentifiers ArchUnit package identifiers such as {@code com.acme.money..}
     * @throws IllegalArgumentException if one is not a package identifier, or could admit a JDK I/O package or the
     *     base package's {@code adapter} or {@code app} (see {@link AllowedPackages})
     */
    public PurityRules allowingInDomain(String... packageIdentifiers) {
        return new PurityRules(
                basePackage,
                concat(domainExtras, AllowedPackages.checked(basePackage, packageIdentifiers)),
                applicationExtras);
    }

    /**
     * These rules with {@code packageIdentifiers} added to the application's allow-list.
     *
     * @param packageIdentifiers ArchUnit package identifiers such as {@code com.acme.audit..}
     * @throws IllegalArgumentException as {@link #allowingInDomain} does
     */
    public PurityRules allowingInApplication(String... packageIdentifiers) {
        return new PurityRules(
                basePackage,
                domainExtras,
                concat(applicationExtras, AllowedPackages.checked(basePackage, packageIdentifiers)));
    }

    /**
     * Domain classes depend only on the JDK without its I/O packages ({@code java.io}, {@code java.nio},
     * {@code java.net}, {@code java.sql}), on vavr, on jakarta.validation, on the domain itself, on this library's
     * domain and on the packages added with {@link #allowingInDomain}.
     *
     * <p>An allow-list rather than a deny-list, so a library nobody thought of is caught too. Arrays
     * count as their component type ({@code int[]} and {@code String[]} are {@code java.lang}).
     */
    public ArchRule domainAllowList() {
        return allowList(
                Layer.DOMAIN,
                domainPackages(),
                "the domain is the pure model: it must compile and be tested without I/O,"
                        + " frameworks or infrastructure, so only the JDK's non-I/O packages, vavr"
                        + " and jakarta.validation may appear in it");
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
        return pinned(noClasses()
                .that()
                .resideInAPackage(Layer.DOMAIN.packageIn(basePackage))
                .should()
                .accessTargetWhere(readsTheSystemClock())
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
        return allowList(
                Layer.APPLICATION,
                distinct(Stream.of(
                        domainPackages(),
                        List.of("org.slf4j..", Layer.APPLICATION.packageIn(basePackage), LIBRARY_APPLICATION),
                        applicationExtras)),
                "the application talks to databases, HTTP and files only through its"
                        + " outbound ports, so that it can run against the in-memory adapters"
                        + " and no infrastructure type crosses a port");
    }

    /** vavr, jakarta.validation, the domain, this library's domain and the domain's extras, once each. */
    private List<String> domainPackages() {
        return distinct(Stream.of(
                List.of("io.vavr..", "jakarta.validation..", Layer.DOMAIN.packageIn(basePackage), LIBRARY_DOMAIN),
                domainExtras));
    }

    /** For {@code io.devicestatus} itself the library's packages are its own: each is listed once. */
    private static List<String> distinct(Stream<List<String>> lists) {
        return List.copyOf(lists.flatMap(List::stream).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    /** Classes of {@code layer} depend only on the JDK without its I/O packages and on {@code allowed}. */
    private ArchRule allowList(Layer layer, List<String> allowed, String reason) {
        return pinned(classes()
                .that()
                .resideInAPackage(layer.packageIn(basePackage))
                .should()
                .onlyDependOnClassesThat(jdkWithoutIoOr(allowed))
                .because(reason));
    }

    private static DescribedPredicate<JavaClass> jdkWithoutIoOr(List<String> otherPackages) {
        String[] io = JDK_IO_PACKAGES.toArray(String[]::new);
        DescribedPredicate<JavaClass> jdkWithoutIo = resideInAPackage("java..").and(not(resideInAnyPackage(io)));
        return jdkWithoutIo
                .or(resideInAnyPackage(otherPackages.toArray(String[]::new)))
                .as(
                        "reside in 'java..' except %s, or in %s",
                        String.join(", ", quoted(JDK_IO_PACKAGES)), String.join(", ", quoted(otherPackages)));
    }

    private static List<String> quoted(List<String> packages) {
        return packages.stream().map(p -> "'" + p + "'").toList();
    }

    private static DescribedPredicate<JavaAccess<?>> readsTheSystemClock() {
        return describe(
                "target reads the system clock (now() without a Clock, Clock.system*(),"
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
}
