package io.devicestatus.adapter.graph.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GraphClientSettingsTest {

    private static final GraphBaseUrl GLOBAL = GraphCloud.GLOBAL.baseUrl();

    @Test
    void defaults_are_ten_seconds_to_connect_thirty_per_attempt_and_the_default_retries() {
        var settings = GraphClientSettings.defaults(GLOBAL);

        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.retry()).isEqualTo(RetryPolicy.defaults());
        assertThat(settings.userAgent()).isEqualTo("device-status");
    }

    @Test
    void withers_change_one_setting() {
        var settings = GraphClientSettings.defaults(GLOBAL)
                .withRetry(RetryPolicy.none())
                .withConnectTimeout(Duration.ofSeconds(1))
                .withRequestTimeout(Duration.ofSeconds(2))
                .withUserAgent("platform/1.0");

        assertThat(settings)
                .isEqualTo(new GraphClientSettings(
                        GLOBAL, Duration.ofSeconds(1), Duration.ofSeconds(2), RetryPolicy.none(), "platform/1.0"));
    }

    @Test
    void timeouts_must_be_positive_and_the_user_agent_printable() {
        var settings = GraphClientSettings.defaults(GLOBAL);

        assertThatThrownBy(() -> settings.withRequestTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withConnectTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withUserAgent("a\nb")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_fixed_token_provider_answers_its_token_and_hides_it() {
        var tokens = AccessTokenProvider.fixed("tok-123");

        assertThat(tokens.accessToken()).isEqualTo("tok-123");
        assertThat(tokens.toString()).doesNotContain("tok-123");
        assertThatThrownBy(() -> AccessTokenProvider.fixed(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
