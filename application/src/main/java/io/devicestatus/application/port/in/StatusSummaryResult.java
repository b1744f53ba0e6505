package io.devicestatus.application.port.in;

import io.devicestatus.application.model.StateCount;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * Counts per state value per scope.
 *
 * @param counts ordered by scope (as text), property, then value; values nobody has are left out
 */
public record StatusSummaryResult<S>(Seq<StateCount<S>> counts) {

    public StatusSummaryResult {
        Objects.requireNonNull(counts, "counts");
    }

    /** The count of one value of one property in one scope; 0 when nobody has it. */
    public long count(S scope, String property, String value) {
        return counts.find(c -> c.scope().equals(scope)
                        && c.property().equals(property)
                        && c.value().equals(value))
                .map(StateCount::count)
                .getOrElse(0L);
    }
}
