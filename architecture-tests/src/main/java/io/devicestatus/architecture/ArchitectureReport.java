package io.devicestatus.architecture;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What {@link DeviceStatusArchitecture#evaluate} found: one verdict per rule, in the order of
 * {@link DeviceStatusArchitecture#all()}, saying whether the rule passed, failed or was skipped, and why.
 *
 * <p>{@link #toString()} is the text {@link DeviceStatusArchitecture#check} fails with: a line per rule, then the
 * violations of each failed rule under its description.
 *
 * @param basePackage the base package the rules were made for
 * @param verdicts one per rule
 */
public record ArchitectureReport(String basePackage, List<Verdict> verdicts) {

    public ArchitectureReport {
        Objects.requireNonNull(basePackage, "basePackage");
        verdicts = List.copyOf(verdicts);
    }

    /** The verdicts with the given outcome, in order. */
    public List<Verdict> withOutcome(Outcome outcome) {
        return verdicts.stream().filter(v -> v.outcome() == outcome).toList();
    }

    /** Whether no rule failed. */
    public boolean passed() {
        return withOutcome(Outcome.FAILED).isEmpty();
    }

    @Override
    public String toString() {
        int width = verdicts.stream().mapToInt(v -> v.rule().length()).max().orElse(0);
        StringBuilder text = new StringBuilder(String.format(
                "device-status architecture rules for %s: %d passed, %d failed, %d skipped",
                basePackage,
                withOutcome(Outcome.PASSED).size(),
                withOutcome(Outcome.FAILED).size(),
                withOutcome(Outcome.SKIPPED).size()));
        verdicts.forEach(v -> text.append(String.format(
                "%n  %-7s  %-" + width + "s  %s",
                v.outcome().name().toLowerCase(Locale.ROOT),
                v.rule(),
                v.outcome() == Outcome.FAILED ? violations(v.violations().size()) : v.reason())));
        withOutcome(Outcome.FAILED)
                .forEach(v -> text.append(String.format("%n%n%s: %s", v.rule(), v.reason()))
                        .append(v.violations().stream()
                                .map(line -> "\n  " + line)
                                .collect(Collectors.joining())));
        return text.toString();
    }

    private static String violations(int count) {
        return count + (count == 1 ? " violation" : " violations") + ", below";
    }

    /** How a rule came out. */
    public enum Outcome {
        /** The rule checked classes and found no violation. */
        PASSED,
        /** The rule found violations, or nothing to check where it had to. */
        FAILED,
        /** The rule was not checked, because the code base has no classes where it looks; the reason says where. */
        SKIPPED
    }

    /**
     * One rule's verdict.
     *
     * @param rule the rule's name, as in {@link DeviceStatusArchitecture.NamedRule#name()}
     * @param outcome passed, failed or skipped
     * @param reason what it checked (passed), its description with the reason it exists (failed), or why it was not
     *     checked (skipped)
     * @param violations what ArchUnit reported, one line each; empty unless it failed
     */
    public record Verdict(String rule, Outcome outcome, String reason, List<String> violations) {
        public Verdict {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(reason, "reason");
            violations = List.copyOf(violations);
        }
    }
}
