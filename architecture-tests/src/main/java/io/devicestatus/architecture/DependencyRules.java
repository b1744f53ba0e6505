package io.devicestatus.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static io.devicestatus.architecture.RuleSupport.pinned;

import com.tngtech.archunit.lang.ArchRule;
import io.devicestatus.architecture.DeviceStatusArchitecture.Layer;

/**
 * Which way dependencies point between the parts of the hexagon: inwards through the four layers,
 * never between two adapters, never into the {@code app} composition root, never in a cycle.
 *
 * <p>Only dependencies among the base package's own classes are judged here; which libraries the
 * inner layers may use is {@link PurityRules}' business. Every rule fails when it finds nothing to
 * check. Instances are immutable and every method returns a new rule; {@link DeviceStatusArchitecture}
 * lists these rules with all the others.
 */
public final class DependencyRules extends BasePackageRules {

    private DependencyRules(String basePackage) {
        super(basePackage);
    }

    /**
     * The dependency rules for code under {@code basePackage}, which plays the role of {@code io.devicestatus}.
     *
     * @param basePackage a Java package name such as {@code com.acme.devices}, without wildcards
     * @throws IllegalArgumentException if {@code basePackage} is not a package name
     */
    public static DependencyRules forBasePackage(String basePackage) {
        return new DependencyRules(basePackage);
    }

    /** No adapter ({@code <base>.adapter.<name>..}) depends on another adapter. */
    public ArchRule adaptersDoNotDependOnEachOther() {
        return pinned(slices().matching(basePackage + ".adapter.(*)..")
                .should()
                .notDependOnEachOther()
                .because("each adapter is replaceable on its own; what two adapters share belongs"
                        + " in the application's ports or in the domain"));
    }

    /**
     * The hexagon as layers: {@code app} is accessed by no layer, adapters only by {@code app},
     * the application only by adapters and {@code app}, the domain by everything else.
     *
     * <p>Only dependencies between the four layers are checked (libraries are the allow-lists'
     * business), and every layer must have classes: an empty layer is reported, which is how this
     * rule fails on a misspelled base package.
     */
    public ArchRule hexagonalLayers() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer(Layer.DOMAIN.label())
                .definedBy(Layer.DOMAIN.packageIn(basePackage))
                .layer(Layer.APPLICATION.label())
                .definedBy(Layer.APPLICATION.packageIn(basePackage))
                .layer(Layer.ADAPTERS.label())
                .definedBy(Layer.ADAPTERS.packageIn(basePackage))
                .layer(Layer.APP.label())
                .definedBy(Layer.APP.packageIn(basePackage))
                .whereLayer(Layer.APP.label())
                .mayNotBeAccessedByAnyLayer()
                .whereLayer(Layer.ADAPTERS.label())
                .mayOnlyBeAccessedByLayers(Layer.APP.label())
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
        return pinned(noClasses()
                .that()
                .resideInAPackage(basePackage + "..")
                .and()
                .resideOutsideOfPackage(app)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(app)
                .because("the composition root wires everything together; a dependency on it"
                        + " would let that wiring leak into the code it wires"));
    }

    /** The packages under the base package are free of cycles (each package is its own slice). */
    public ArchRule noPackageCycles() {
        return pinned(slices().matching(basePackage + ".(**)")
                .should()
                .beFreeOfCycles()
                .because("packages in a cycle can only be understood, tested and changed together"));
    }
}
