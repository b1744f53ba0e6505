package io.devicestatus.adapter.graph.store;

import io.devicestatus.adapter.graph.client.GraphFailure;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.domain.error.Violation;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failed Graph request as the port error it becomes, and an answer the store cannot hold as {@code Unavailable}.
 * Where the error has text (Invalid, Conflict, Unavailable), it keeps Graph's status, code, message,
 * {@code request-id} and {@code client-request-id}, so that a failure can be found in the service's logs; {@code NotFound} and {@code VersionMismatch} have no text of their own, so they name
 * the entity and the trace is logged at DEBUG.
 */
final class StoreErrors {

    /** What Graph answers for {@code mobileApps/{id}/deviceStatuses} since June 2023. */
    static final String RETIRED_SEGMENT = "Resource not found for the segment 'deviceStatuses'";

    /** This project's server words a taken key as "{type} with {taken} exists already (id '{holder}')". */
    private static final Pattern CONFLICT = Pattern.compile("^\\S+ with (.+) exists already(?: \\(id '(.*)'\\))?$");

    private static final Logger LOG = LoggerFactory.getLogger(StoreErrors.class);

    private final String type;

    StoreErrors(String type) {
        this.type = type;
    }

    /** A read of the status {@code id}: its answer, none for a 404, or the error any other failure becomes. */
    <R> Either<ApplicationError, Option<R>> lookup(Either<GraphFailure, R> answer, String id) {
        return answer.fold(
                failure -> failure instanceof GraphFailure.Answered answered && answered.status() == 404
                        ? Either.right(Option.none())
                        : Either.left(of(failure, Option.some(id), Option.none())),
                found -> Either.right(Option.some(found)));
    }

    /** An answer the request succeeded with, but that holds no status this store can keep. */
    ApplicationError unreadable(String why) {
        return new ApplicationError.Unavailable("the service answered a " + type + " this store cannot hold: " + why);
    }

    /** {@code failure} of a query or a create: a request about no particular status. */
    ApplicationError of(GraphFailure failure) {
        return of(failure, Option.none(), Option.none());
    }

    /**
     * {@code failure} of a request about the status {@code id} (none for a create or a query), which expected
     * {@code expectedVersion} when it was conditional.
     */
    ApplicationError of(GraphFailure failure, Option<String> id, Option<Long> expectedVersion) {
        if (!(failure instanceof GraphFailure.Answered answered)) {
            return new ApplicationError.Unavailable(failure.message());
        }
        if (answered.status() == 404 || answered.status() == 412) {
            LOG.debug("{}", answered.message());
        }
        return switch (answered.status()) {
            case 400 -> invalid(answered);
            case 404 ->
                id.<ApplicationError>map(missing -> new ApplicationError.NotFound(type, missing))
                        .getOrElse(() -> ApplicationError.invalid(
                                "scope", answered.target(), "the service has no such parent: " + answered.message()));
            case 409 -> conflict(answered);
            case 412 ->
                new ApplicationError.VersionMismatch(
                        type, id.getOrElse("?"), expectedVersion.getOrElse(0L), Option.none());
            default -> new ApplicationError.Unavailable(failure.message());
        };
    }

    private ApplicationError invalid(GraphFailure.Answered answered) {
        if (answered.graphMessage().contains(RETIRED_SEGMENT)) {
            return ApplicationError.invalid(
                    "scope",
                    answered.target(),
                    "Microsoft Graph no longer serves app-install "
                            + "device statuses under mobileApps (since June 2023 it answers 400 \"" + RETIRED_SEGMENT
                            + "\"); keep mobileAppInstallStatus records in another store, or point this one at a service "
                            + "that serves them: " + answered.message());
        }
        if (answered.details().isEmpty()) {
            return ApplicationError.invalid(
                    "request", answered.target(), "the service refused it: " + answered.message());
        }
        String trace = " [" + answered.status() + " " + answered.code() + " " + answered.ids() + "]";
        return new ApplicationError.Invalid(
                List.ofAll(answered.details()).map(detail -> violation(detail.target(), detail.message(), trace)));
    }

    /**
     * A detail of Graph's error as a violation of {@code target}. This project's server writes a detail's message
     * as a whole violation ({@code installStatus 'x': exists only in beta}); its field and value are taken apart so
     * that the violation does not name the field twice. Another service's message is kept as it is.
     */
    static Violation violation(String target, String message, String trace) {
        var worded = Pattern.compile("^" + Pattern.quote(target) + "(?: '(.*?)')?: (.+)$", Pattern.DOTALL)
                .matcher(message);
        return worded.matches()
                ? new Violation(target, Option.of(worded.group(1)), worded.group(2) + trace)
                : new Violation(target, Option.none(), message + trace);
    }

    private ApplicationError conflict(GraphFailure.Answered answered) {
        var worded = CONFLICT.matcher(answered.graphMessage());
        if ("Conflict".equals(answered.code()) && worded.matches()) {
            return new ApplicationError.Conflict(
                    type, worded.group(1) + " [" + answered.message() + "]", Option.of(worded.group(2)));
        }
        return new ApplicationError.Conflict(type, "a conflicting state [" + answered.message() + "]", Option.none());
    }
}
