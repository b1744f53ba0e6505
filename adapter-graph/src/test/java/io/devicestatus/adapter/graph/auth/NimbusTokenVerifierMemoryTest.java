package io.devicestatus.adapter.graph.auth;

import static io.devicestatus.adapter.graph.auth.TestTokens.NOW;
import static io.devicestatus.adapter.graph.auth.TestTokens.at;
import static io.devicestatus.adapter.graph.auth.TestTokens.delegated;
import static io.devicestatus.adapter.graph.auth.TestTokens.hs256;
import static io.devicestatus.adapter.graph.auth.Verdicts.ACCEPTED;
import static io.devicestatus.adapter.graph.auth.Verdicts.accepted;
import static io.devicestatus.adapter.graph.auth.Verdicts.refused;
import static io.devicestatus.adapter.graph.auth.Verdicts.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The verifier remembers the tokens it accepted: a remembered token must still answer exactly what checking it again
 * would, as the clock moves on and across copies with other rules.
 */
class NimbusTokenVerifierMemoryTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final MovingClock clock = new MovingClock();
    private final NimbusTokenVerifier verifier =
            NimbusTokenVerifier.development(SECRET).withClock(clock);

    @Test
    void a_remembered_token_is_refused_once_it_expires_beyond_the_skew() {
        var token = hs256(SECRET, delegated().expirationTime(at(Duration.ofMinutes(1))));
        var caller = accepted(verifier.verify(token));

        clock.now = NOW.plus(Duration.ofMinutes(1)).plusSeconds(59);
        assertThat(accepted(verifier.verify(token))).isEqualTo(caller);

        clock.now = NOW.plus(Duration.ofMinutes(1)).plusSeconds(60);
        assertThat(verdict(verifier.verify(token))).isEqualTo(refused("token expired"));
        clock.now = NOW;
        assertThat(verdict(verifier.verify(token))).isEqualTo(ACCEPTED);
    }

    @Test
    void a_refused_token_is_checked_again_and_accepted_once_valid() {
        var token = hs256(SECRET, delegated().notBeforeTime(at(Duration.ofMinutes(5))));
        assertThat(verdict(verifier.verify(token))).isEqualTo(refused("token not yet valid"));

        clock.now = NOW.plus(Duration.ofMinutes(5));
        assertThat(verdict(verifier.verify(token))).isEqualTo(ACCEPTED);
    }

    @Test
    void a_copy_with_stricter_rules_checks_a_token_its_original_accepted() {
        var token = hs256(SECRET, delegated());
        accepted(verifier.verify(token));

        assertThat(verdict(verifier.withAudience("api://device-status").verify(token)))
                .isEqualTo(refused("audience not accepted"));
        assertThat(verdict(verifier.withClock(Clock.offset(clock, Duration.ofHours(2)))
                        .verify(token)))
                .isEqualTo(refused("token expired"));
    }

    @Test
    void a_token_altered_after_one_was_accepted_is_checked_on_its_own() {
        var token = hs256(SECRET, delegated());
        accepted(verifier.verify(token));
        String otherSignature = token.substring(0, token.lastIndexOf('.') + 1) + "A".repeat(43);

        assertThat(verdict(verifier.verify(otherSignature))).isEqualTo(refused("signature invalid"));
    }

    /** A clock a test sets. */
    private static final class MovingClock extends Clock {

        volatile Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
