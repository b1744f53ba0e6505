package io.devicestatus.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.devicestatus.architecture.ArchitectureReport.Outcome;
import io.devicestatus.architecture.ArchitectureReport.Verdict;
import io.devicestatus.architecture.DeviceStatusArchitecture.Layer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@link DeviceStatusArchitecture#evaluate}: which rules apply to the imported classes, and their verdicts. A rule
 * is skipped only for a reason the report states, never by letting it pass on empty input.
 */
final class RuleEvaluation {

    private RuleEvaluation() {}

    static ArchitectureReport evaluate(DeviceStatusArchitecture architecture, JavaClasses classes) {
        String base = architecture.basePackage();
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        Stream.of(Layer.values())
                .filter(layer -> hasClassesIn(classes, layer.packageIn(base)))
                .forEach(layers::add);
        boolean empty = !hasClassesIn(classes, base + "..");
        List<Verdict> verdicts = architecture.all().stream()
                .map(rule -> {
                    if (empty) {
                        return verdict(rule.name(), rule.rule(), classes, classesIn(0, rule.subject()));
                    }
                    if (rule.name().equals(DeviceStatusArchitecture.HEXAGONAL_LAYERS)) {
                        return layersVerdict(base, layers, classes);
                    }
                    long subjects = countIn(classes, rule.subject());
                    return subjects == 0
                            ? skipped(rule.name(), "no class in '" + rule.subject() + "'")
                            : verdict(rule.name(), rule.rule(), classes, classesIn(subjects, rule.subject()));
                })
                .toList();
        return new ArchitectureReport(base, verdicts);
    }

    private static Verdict layersVerdict(String base, Set<Layer> layers, JavaClasses classes) {
        String absent = Stream.of(Layer.values())
                .filter(layer -> !layers.contains(layer))
                .map(layer -> "'" + layer.packageIn(base) + "'")
                .collect(Collectors.joining(", "));
        if (layers.size() < 2) {
            return skipped(
                    DeviceStatusArchitecture.HEXAGONAL_LAYERS, "fewer than two layers have classes; none in " + absent);
        }
        String checked = "layers " + layers.stream().map(Layer::label).collect(Collectors.joining(", "))
                + (absent.isEmpty() ? "" : "; no class in " + absent);
        return verdict(
                DeviceStatusArchitecture.HEXAGONAL_LAYERS,
                DependencyRules.forBasePackage(base).hexagonalLayers(layers),
                classes,
                checked);
    }

    private static Verdict verdict(String name, ArchRule rule, JavaClasses classes, String checked) {
        EvaluationResult result;
        try {
            result = rule.evaluate(classes);
        } catch (AssertionError nothingToCheck) {
            // how ArchUnit reports a pinned rule that found no subject: a failure like any other
            return new Verdict(name, Outcome.FAILED, rule.getDescription(), List.of(nothingToCheck.getMessage()));
        }
        return result.hasViolation()
                ? new Verdict(
                        name,
                        Outcome.FAILED,
                        rule.getDescription(),
                        result.getFailureReport().getDetails())
                : new Verdict(name, Outcome.PASSED, checked, List.of());
    }

    private static Verdict skipped(String name, String why) {
        return new Verdict(name, Outcome.SKIPPED, why, List.of());
    }

    private static boolean hasClassesIn(JavaClasses classes, String packageIdentifier) {
        return countIn(classes, packageIdentifier) > 0;
    }

    private static long countIn(JavaClasses classes, String packageIdentifier) {
        PackageMatcher matcher = PackageMatcher.of(packageIdentifier);
        return classes.stream().filter(c -> matcher.matches(c.getPackageName())).count();
    }

    private static String classesIn(long count, String packageIdentifier) {
        return count + (count == 1 ? " class" : " classes") + " in '" + packageIdentifier + "'";
    }
}
