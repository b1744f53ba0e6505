package io.devicestatus.application.port.in;

import io.devicestatus.application.model.Property;
import io.devicestatus.application.model.StateCount;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * Counts per state value per scope.
 *
 * <pre>{@code
 * long done = summary.count(scope, IosUpdateProperties.INSTALL_STATUS, IosUpdatesInstallStatus.SUCCESS);
 * }</pre>
 *
 * @param counts ordered by scope (as text), property, then value; values nobody has are left out
 */
public record StatusSummaryResult<S>(Seq<StateCount<S>> counts) {

    public StatusSummaryResult {
        Objects.requireNonNull(counts, "counts");
    }

    /**
     * The count of one value of one state property in one scope; 0 when nobody has it (or the property is not one
     * that summaries count). The property and its value are typed, so a misspelt name cannot compile.
     */
    public <V> long count(S scope, Property<?, V> property, V value) {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(value, "value");
        var name = property.name();
        var text = property.type().text(value);
        return counts.find(c -> c.scope().equals(scope)
                        && c.property().equals(name)
                        && c.value().equals(text))
                .map(StateCount::count)
                .getOrElse(0L);
    }

    /** E.g. {@code tenant 72f9...: installStatus=success 3, tenant 72f9...: status=compliant 3}. */
    @Override
    public String toString() {
        return counts.isEmpty()
                ? "no statuses"
                : counts.map(c -> c.scope() + ": " + c.property() + "=" + c.value() + " " + c.count())
                        .mkString(", ");
    }
}
