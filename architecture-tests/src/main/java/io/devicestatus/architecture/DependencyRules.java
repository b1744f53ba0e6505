package io.devicestatus.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static io.devicestatus.architecture.RuleSupport.pinned;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import io.devicestatus.architecture.DeviceStatusArchitecture.Layer;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** Which layers may access each layer: the hexagon's table, read outwards. */
    private static final Map<Layer, List<Layer>> ACCESSORS = new EnumMap<>(Map.of(
            Layer.DOMAIN, List.of(Layer.APPLICATION, Layer.ADAPTERS, Layer.APP),
            Layer.APPLICATION, List.of(Layer.ADAPTERS, Layer.APP),
            Layer.ADAPTERS, List.of(Layer.APP),
            Layer.APP, List.of()));

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
        return hexagonalLayers(EnumSet.allOf(Layer.class));
    }

    /**
     * {@link #hexagonalLayers()} for a code base that has only the given layers: the same constraints among them,
     * each of them must have classes, and a dependency on a layer left out is not judged here (the allow-lists
     * judge the domain's and the application's). {@link DeviceStatusArchitecture#check} uses it for the layers that
     * have classes.
     *
     * @param layers at least two layers: with one there is no dependency between layers to judge
     * @throws IllegalArgumentException if fewer than two layers are given
     */
    public ArchRule hexagonalLayers(Set<Layer> layers) {
        if (layers.size() < 2) {
            throw new IllegalArgumentException("hexagonalLayers needs at least two layers, got " + layers);
        }
        Set<Layer> present = EnumSet.copyOf(layers);
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (Layer layer : present) {
            architecture = architecture.layer(layer.label()).definedBy(layer.packageIn(basePackage));
        }
        // outermost first, as the hexagon is read: app, adapters, application, domain
        for (Layer layer : present.stream().sorted(Comparator.reverseOrder()).toList()) {
            String[] accessors = ACCESSORS.get(layer).stream()
                    .filter(present::contains)
                    .map(Layer::label)
                    .toArray(String[]::new);
            architecture = accessors.length == 0
                    ? architecture.whereLayer(layer.label()).mayNotBeAccessedByAnyLayer()
                    : architecture.whereLayer(layer.label()).mayOnlyBeAccessedByLayers(accessors);
        }
        return architecture
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
