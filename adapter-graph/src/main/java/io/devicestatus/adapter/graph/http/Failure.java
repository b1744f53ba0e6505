package io.devicestatus.adapter.graph.http;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.domain.error.Violation;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * A refusal on its way to Graph's error body: the HTTP status, Graph's {@code code} (what clients branch on), a
 * message for people, the violations of a bad request (as {@code details}, each with its field as {@code target}),
 * and headers that belong to it ({@code WWW-Authenticate}, {@code Allow}, {@code Retry-After}).
 */
record Failure(int status, String code, String message, Seq<Violation> details, Map<String, String> headers) {

    Failure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(headers, "headers");
    }

    static Failure of(int status, String code, String message) {
        return new Failure(status, code, message, List.empty(), LinkedHashMap.empty());
    }

    /** 400 for a request the API cannot take as it is (a path, a query option, a header). */
    static Failure badRequest(String message) {
        return of(400, "BadRequest", message);
    }

    /** 400 naming the field, as a violation. */
    static Failure badRequest(String field, Object rejected, String message) {
        return of(ApplicationError.invalid(field, rejected, message));
    }

    /** Graph's answer to a path segment it has no resource for. */
    static Failure noSegment(String segment) {
        return badRequest("Resource not found for the segment '" + segment + "'.");
    }

    /** The same failure with violations of {@code field} named {@code as}, where a use case's name is not the wire's. */
    Failure rename(String field, String as) {
        var renamed = details.map(v -> v.field().equals(field) ? new Violation(as, v.rejectedValue(), v.message()) : v);
        return new Failure(status, code, renamed.isEmpty() ? message : renamed.mkString("; "), renamed, headers);
    }

    /** One 400 for several refusals of one request, every message and violation kept. */
    static Failure merged(Seq<Failure> failures) {
        if (failures.size() == 1) {
            return failures.head();
        }
        return new Failure(
                400,
                "BadRequest",
                failures.map(Failure::message).mkString("; "),
                failures.flatMap(Failure::details),
                LinkedHashMap.empty());
    }

    Failure withHeader(String name, String value) {
        return new Failure(status, code, message, details, headers.put(name, value));
    }

    /** The use cases' refusals, as the table in {@link ApplicationError}'s Javadoc has them. */
    static Failure of(ApplicationError error) {
        if (error instanceof ApplicationError.Invalid invalid) {
            return new Failure(400, "BadRequest", invalid.message(), invalid.violations(), LinkedHashMap.empty());
        }
        if (error instanceof ApplicationError.NotFound) {
            return of(404, "ResourceNotFound", error.message());
        }
        if (error instanceof ApplicationError.Conflict) {
            return of(409, "Conflict", error.message());
        }
        if (error instanceof ApplicationError.IllegalTransition) {
            return of(409, "IllegalStateTransition", error.message());
        }
        if (error instanceof ApplicationError.Stale) {
            return of(409, "StaleReport", error.message());
        }
        if (error instanceof ApplicationError.VersionMismatch) {
            return of(412, "PreconditionFailed", error.message());
        }
        if (error instanceof ApplicationError.Unavailable) {
            return of(503, "ServiceUnavailable", error.message()).withHeader("Retry-After", "1");
        }
        throw new IllegalArgumentException("an ApplicationError without an HTTP mapping: " + error);
    }
}
