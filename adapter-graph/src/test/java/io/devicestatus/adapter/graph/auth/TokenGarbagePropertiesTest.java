package io.devicestatus.adapter.graph.auth;

import static io.devicestatus.adapter.graph.auth.TestTokens.CLOCK;
import static io.devicestatus.adapter.graph.auth.TestTokens.delegated;
import static io.devicestatus.adapter.graph.auth.TestTokens.hs256;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.Base64URL;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever arrives as a token, the verifier answers with a known reason and never throws. */
class TokenGarbagePropertiesTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final String VALID = hs256(SECRET, delegated());
    private static final String BASE64URL_AND_DOT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";

    /** Every reason a garbled HS256 token could get; none of them repeats any part of a token. */
    private static final Set<String> REASONS = HashSet.of(
                    "token is not a JWT",
                    "unsecured token (alg none) refused",
                    "encrypted token not accepted",
                    "algorithm not accepted",
                    "token type not accepted",
                    "signature invalid",
                    "token claims malformed",
                    "token expired",
                    "token not yet valid",
                    "token has no expiry (exp)",
                    "token has no subject (sub)",
                    "token's scp claim names no scope")
            .addAll(List.of(
                            "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES256K", "ES384", "ES512",
                            "EdDSA", "Ed25519", "Ed448", "HS384", "HS512")
                    .map(alg -> "algorithm " + alg + " not accepted"));

    private final NimbusTokenVerifier verifier =
            NimbusTokenVerifier.development(SECRET).withClock(CLOCK);

    @Property
    void any_string_is_refused_with_a_known_reason(@ForAll("garbage") String token) {
        var verified = verifier.verify(token);

        assertThat(verified.isLeft()).as("accepted %s", token).isTrue();
        assertThat(REASONS).contains(verified.getLeft().reason());
    }

    @Property(tries = 2000)
    void a_token_changed_in_one_character_is_refused_unless_it_decodes_the_same(
            @ForAll @IntRange(max = 10_000) int position, @ForAll("base64urlOrDot") char replacement) {
        var index = position % VALID.length();
        Assume.that(VALID.charAt(index) != replacement);
        var changed = VALID.substring(0, index) + replacement + VALID.substring(index + 1);

        var verified = verifier.verify(changed);

        if (verified.isLeft()) {
            assertThat(REASONS).contains(verified.getLeft().reason());
        } else {
            assertThat(decoded(changed)).as("accepted %s", changed).isEqualTo(decoded(VALID));
        }
    }

    /** The bytes a compact token's parts stand for: base64url's last character may carry unused bits. */
    private static List<List<Byte>> decoded(String token) {
        return List.of(token.split("\\.", -1)).map(part -> List.ofAll(new Base64URL(part).decode()));
    }

    @Provide
    Arbitrary<String> garbage() {
        var segment =
                Arbitraries.strings().withChars(BASE64URL_AND_DOT.toCharArray()).ofMaxLength(60);
        var json = Arbitraries.of(
                        "{}",
                        "[]",
                        "{\"alg\":\"HS256\"}",
                        "{\"alg\":\"none\"}",
                        "{\"alg\":\"RS256\"}",
                        "{\"alg\":\"HS256\",\"crit\":[\"x\"],\"x\":1}",
                        "{\"alg\":\"HS256\",\"jwk\":{}}",
                        "{\"alg\":1}",
                        "{\"alg\":\"HS256\",\"typ\":7}",
                        "{\"exp\":\"soon\",\"sub\":\"x\"}",
                        "{\"exp\":1e400}",
                        "null",
                        "\"x\"")
                .map(text -> Base64URL.encode(text).toString());
        var part = Arbitraries.oneOf(segment, json);
        var structured = Arbitraries.integers()
                .between(1, 6)
                .flatMap(parts -> part.list().ofSize(parts).map(list -> String.join(".", list)));
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200), segment, structured);
    }

    @Provide
    Arbitrary<Character> base64urlOrDot() {
        return Arbitraries.of(BASE64URL_AND_DOT.chars().mapToObj(c -> (char) c).toArray(Character[]::new));
    }
}
