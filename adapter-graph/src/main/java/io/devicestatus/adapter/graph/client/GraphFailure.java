package io.devicestatus.adapter.graph.client;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * Why a request failed, after any retries. Every case names the request (method and target, never a token) and the
 * {@code client-request-id} of its last attempt, and, when the service sent one, its {@code request-id}: the two ids
 * Microsoft support asks for. {@link #message()} says all of it on one line.
 */
public sealed interface GraphFailure {

    /** One human-readable line: method, target, what happened, attempts and both ids. */
    String message();

    /** The {@code client-request-id} of the last attempt (for a request never sent: the one it would have had). */
    String clientRequestId();

    /** The service's {@code request-id}, when it answered with one; none for a case that never has an answer. */
    default Option<String> requestId() {
        return Option.none();
    }

    /**
     * The service answered 400 or above, or redirected (redirects are not followed: the token would go along).
     * {@code code} and {@code graphMessage} are Graph's {@code error.code} and {@code error.message} when the body
     * has them; otherwise {@code HTTP <status>} and the status's reason. Branch on {@code code}, never on the message.
     *
     * @param details    Graph's {@code error.details}, each with its target and message
     * @param retryAfter the {@code Retry-After} of the last answer
     * @param attempts   how many attempts were made
     */
    record Answered(
            String method,
            String target,
            int status,
            String code,
            String graphMessage,
            Seq<Detail> details,
            Option<Duration> retryAfter,
            String clientRequestId,
            Option<String> requestId,
            int attempts)
            implements GraphFailure {

        public Answered {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(graphMessage, "graphMessage");
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(retryAfter, "retryAfter");
            Objects.requireNonNull(clientRequestId, "clientRequestId");
            Objects.requireNonNull(requestId, "requestId");
        }

        /** The attempts and both request ids, in parentheses, as {@link #message()} ends with them. */
        public String ids() {
            return GraphFailure.ids(attempts, clientRequestId, requestId);
        }

        @Override
        public String message() {
            String codeText = code.equals("HTTP " + status) ? "" : " " + code;
            return Text.oneLine(
                    method + " " + target + " answered " + status + codeText + ": " + graphMessage
                            + (details.isEmpty()
                                    ? ""
                                    : details.map(Detail::text).mkString(" (details: ", "; ", ")"))
                            + retryAfter
                                    .map(wait -> "; Retry-After " + Text.duration(wait))
                                    .getOrElse("")
                            + " " + ids(),
                    2000);
        }
    }

    /** One of Graph's {@code error.details}: what it is about ({@code target}, e.g. a property) and what is wrong. */
    record Detail(String target, String message) {

        public Detail {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(message, "message");
        }

        private String text() {
            return target.isEmpty() ? message : target + ": " + message;
        }
    }

    /**
     * No answer: the connection could not be made, was reset or closed, or the attempt timed out; {@code reason}
     * says which. A request that may have reached the service is retried only when idempotent.
     */
    record NoAnswer(String method, String target, String reason, String clientRequestId, int attempts)
            implements GraphFailure {

        public NoAnswer {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(clientRequestId, "clientRequestId");
        }

        @Override
        public String message() {
            return line(method, target, "no answer", reason, ids(attempts, clientRequestId, Option.none()));
        }
    }

    /** A success whose body is not what Graph sends: malformed JSON, not an object, no {@code value}, and so on. */
    record Malformed(String method, String target, String reason, String clientRequestId, Option<String> requestId)
            implements GraphFailure {

        public Malformed {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(clientRequestId, "clientRequestId");
            Objects.requireNonNull(requestId, "requestId");
        }

        @Override
        public String message() {
            return line(method, target, "unexpected answer", reason, ids(0, clientRequestId, requestId));
        }
    }

    /**
     * Refused before sending: a target at another origin (it would receive the token), a token provider that failed
     * or gave no token, a closed client, or a batch item not sent because an earlier one failed.
     */
    record Refused(String method, String target, String reason, String clientRequestId) implements GraphFailure {

        public Refused {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(clientRequestId, "clientRequestId");
        }

        @Override
        public String message() {
            return line(method, target, "not sent", reason, ids(0, clientRequestId, Option.none()));
        }
    }

    /** The message of a case without Graph's error: the request, what became of it and why, then the ids. */
    private static String line(String method, String target, String outcome, String reason, String ids) {
        return Text.oneLine(method + " " + target + ": " + outcome + ", " + reason + " " + ids, 2000);
    }

    private static String ids(int attempts, String clientRequestId, Option<String> requestId) {
        return "(" + (attempts > 0 ? attempts + (attempts == 1 ? " attempt, " : " attempts, ") : "")
                + "client-request-id " + clientRequestId
                + requestId.map(id -> ", request-id " + id).getOrElse("")
                + ")";
    }
}
