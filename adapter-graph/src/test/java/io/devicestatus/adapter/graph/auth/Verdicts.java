package io.devicestatus.adapter.graph.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;

/** A verifier's answer as text, so that a failed assertion shows what came instead. */
final class Verdicts {

    static final String ACCEPTED = "accepted";

    private Verdicts() {}

    static String verdict(Either<TokenRejected, Caller> verified) {
        return verified.fold(rejected -> "refused: " + rejected.reason(), caller -> ACCEPTED);
    }

    static String refused(String reason) {
        return "refused: " + reason;
    }

    /** The caller, failing the test if the token was refused. */
    static Caller accepted(Either<TokenRejected, Caller> verified) {
        assertThat(verdict(verified)).isEqualTo(ACCEPTED);
        return verified.get();
    }
}
