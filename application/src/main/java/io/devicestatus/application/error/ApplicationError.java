package io.devicestatus.application.error;

import io.devicestatus.domain.common.Records;
import io.devicestatus.domain.error.DomainError;
import io.devicestatus.domain.error.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Why a use case or an outbound port refused. A closed set, so that every adapter maps each case to its transport
 * exhaustively. The intended HTTP mapping (the Graph adapter's):
 *
 * <table>
 *   <caption>error to HTTP status</caption>
 *   <tr><th>error</th><th>HTTP</th><th>retry?</th></tr>
 *   <tr><td>{@link Invalid}</td><td>400</td><td>no: fix the input</td></tr>
 *   <tr><td>{@link NotFound}</td><td>404</td><td>no</td></tr>
 *   <tr><td>{@link Conflict}</td><td>409</td><td>no</td></tr>
 *   <tr><td>{@link IllegalTransition}</td><td>409</td><td>no</td></tr>
 *   <tr><td>{@link Stale}</td><td>409</td><td>no: a newer report is stored</td></tr>
 *   <tr><td>{@link VersionMismatch}</td><td>412</td><td>after reading the current version</td></tr>
 *   <tr><td>{@link Unavailable}</td><td>503</td><td>yes, later</td></tr>
 * </table>
 */
public sealed interface ApplicationError {

    /** A human-readable explanation, naming the field(s) or the entity concerned. */
    String message();

    /** The application's form of a domain refusal. */
    static ApplicationError of(DomainError error) {
        Objects.requireNonNull(error, "error");
        if (error instanceof DomainError.Invalid invalid) {
            return new Invalid(invalid.violations());
        }
        if (error instanceof DomainError.IllegalTransition transition) {
            return new IllegalTransition(transition);
        }
        if (error instanceof DomainError.Stale stale) {
            return new Stale(stale);
        }
        throw new IllegalArgumentException("a DomainError case without an ApplicationError: " + error);
    }

    /** A single violation as an {@link Invalid}. */
    static ApplicationError invalid(String field, Object rejectedValue, String message) {
        return new Invalid(List.of(Violation.of(field, rejectedValue, message)));
    }

    /**
     * The input breaks one or more rules, all listed, each with its field path, the rejected value and what is
     * allowed.
     *
     * @param violations never empty
     */
    record Invalid(Seq<Violation> violations) implements ApplicationError {

        @Override
        public String toString() {
            return Records.toString(this);
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
     * No status with that id in that scope.
     *
     * @param type the Graph entity type, e.g. {@code iosUpdateDeviceStatus}
     * @param id   the id asked for
     */
    record NotFound(String type, String id) implements ApplicationError {
        public NotFound {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String message() {
            return type + " '" + id + "' does not exist";
        }
    }

    /**
     * The id or the natural key is taken by another status.
     *
     * @param type     the Graph entity type
     * @param taken    what is taken, e.g. {@code id 'abc'} or {@code deviceId 'device-1' in scope tenant 72f988bf-...}
     * @param holderId the id of the status that holds it, when known
     */
    record Conflict(String type, String taken, Option<String> holderId) implements ApplicationError {

        @Override
        public String toString() {
            return Records.toString(this);
        }

        public Conflict {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(taken, "taken");
            Objects.requireNonNull(holderId, "holderId");
        }

        @Override
        public String message() {
            return type + " with " + taken + " exists already"
                    + holderId.map(id -> " (id '" + id + "')").getOrElse("");
        }
    }

    /** A state property may not move that way; the domain's detail says where it may move. */
    record IllegalTransition(DomainError.IllegalTransition detail) implements ApplicationError {
        public IllegalTransition {
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String message() {
            return detail.message();
        }
    }

    /** The report is older than the stored one. */
    record Stale(DomainError.Stale detail) implements ApplicationError {
        public Stale {
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String message() {
            return detail.message();
        }
    }

    /**
     * The status changed since the writer read it: it is no longer at the version the write expected.
     *
     * @param type     the Graph entity type
     * @param id       the status
     * @param expected the version the writer expected
     * @param actual   the version stored now, when the adapter knows it
     */
    record VersionMismatch(String type, String id, long expected, Option<Long> actual) implements ApplicationError {

        @Override
        public String toString() {
            return Records.toString(this);
        }

        public VersionMismatch {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actual, "actual");
        }

        @Override
        public String message() {
            return type + " '" + id + "' is not at version " + expected
                    + actual.map(v -> " but at version " + v).getOrElse("") + "; read it again before writing";
        }
    }

    /**
     * The store (or remote service) cannot answer now; the same request may succeed later. Adapters log the cause
     * and say here, without internals, what failed.
     *
     * @param reason what failed, e.g. {@code database connection lost}
     */
    record Unavailable(String reason) implements ApplicationError {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String message() {
            return "temporarily unavailable: " + reason;
        }
    }
}
