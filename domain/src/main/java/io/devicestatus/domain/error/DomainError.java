package io.devicestatus.domain.error;

import io.vavr.collection.Seq;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Why the domain refused an input. A closed set, so that every adapter maps each case to its transport
 * exhaustively (a {@code switch} over it needs no {@code default}).
 */
public sealed interface DomainError {

    /** A human-readable explanation, naming the field(s) concerned. */
    String message();

    /**
     * The input breaks one or more field or cross-field rules. All violations found are listed, not only the first.
     *
     * @param violations never empty
     */
    record Invalid(Seq<Violation> violations) implements DomainError {

        @Override
        public String toString() {
            // by hand, not Records.toString: domain.common depends on this package, and a cycle is refused
            return "Invalid[violations=" + violations.mkString("[", ", ", "]") + "]";
        }

        public Invalid {
            Objects.requireNonNull(violations, "violations");
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an Invalid error needs at least one violation");
            }
        }

        @Override
        public String message() {
            return violations.mkString("; ");
        }
    }

    /**
     * A state field moved in a way its lifecycle table does not allow.
     *
     * @param field   the state property ({@code installStatus}, {@code installState})
     * @param from    wire name of the stored state
     * @param to      wire name of the requested state
     * @param allowed wire names the stored state may move to
     */
    record IllegalTransition(String field, String from, String to, Seq<String> allowed) implements DomainError {

        @Override
        public String toString() {
            return "IllegalTransition[field=" + field + ", from=" + from + ", to=" + to + ", allowed="
                    + allowed.mkString("[", ", ", "]") + "]";
        }

        public IllegalTransition {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(allowed, "allowed");
        }

        @Override
        public String message() {
            return field + " cannot move from '" + from + "' to '" + to + "'; from '" + from + "' it may move to: "
                    + allowed.mkString(", ");
        }
    }

    /**
     * A report older than the one already stored: devices report out of order, and the older report must not win.
     *
     * @param field    the report-time property ({@code lastReportedDateTime}, {@code lastSyncDateTime})
     * @param stored   the time already stored
     * @param received the older time that was refused
     */
    record Stale(String field, OffsetDateTime stored, OffsetDateTime received) implements DomainError {
        public Stale {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(stored, "stored");
            Objects.requireNonNull(received, "received");
        }

        @Override
        public String message() {
            return field + " " + received + " is older than the stored " + stored + "; the report is stale";
        }
    }
}
