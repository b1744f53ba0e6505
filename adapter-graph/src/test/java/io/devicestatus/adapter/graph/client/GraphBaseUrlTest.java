package io.devicestatus.adapter.graph.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class GraphBaseUrlTest {

    @ParameterizedTest
    @EnumSource(GraphCloud.class)
    void every_national_cloud_is_https(GraphCloud cloud) {
        assertThat(cloud.baseUrl().root().getScheme()).isEqualTo("https");
        assertThat(cloud.root().toString()).doesNotEndWith("/");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://graph.example",
                "https://graph.example/",
                "http://127.0.0.1:8080",
                "http://localhost:8080/prefix",
                "http://[::1]:8080",
                "http://127.0.0.2"
            })
    void https_anywhere_and_http_on_loopback_are_taken_without_a_trailing_slash(String url) {
        var base = GraphBaseUrl.of(URI.create(url));

        assertThat(base.isRight()).as(base.isLeft() ? base.getLeft() : url).isTrue();
        assertThat(base.get().root().toString()).doesNotEndWith("/");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://graph.example",
                "http://10.0.0.1:8080",
                "http://localhost.evil.example",
                "ftp://graph.example",
                "https://user:pw@graph.example",
                "https://graph.example?x=1",
                "graph.example"
            })
    void anything_that_could_leak_a_token_or_is_no_base_url_is_refused(String url) {
        var base = GraphBaseUrl.of(URI.create(url));

        assertThat(base.isLeft()).isTrue();
        assertThat(base.getLeft()).contains(url);
    }

    @Test
    void the_clouds_are_graph_facts_hosts() {
        assertThat(GraphCloud.US_GOVERNMENT_L5_DOD.root()).hasHost("dod-graph.microsoft.us");
        assertThat(GraphCloud.CHINA_21VIANET.root()).hasHost("microsoftgraph.chinacloudapi.cn");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://login.microsoftonline.com/common/discovery/v2.0/keys?appid=x",
                "http://127.0.0.1:9000/keys?x=1",
                "http://localhost/keys",
                "http://[::1]/keys"
            })
    void urls_that_may_carry_secrets_are_https_or_loopback_http_whatever_their_query(String url) {
        assertThat(GraphBaseUrl.httpsOrLoopback(URI.create(url))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://example.com/keys",
                "http://10.0.0.1/keys",
                "ftp://127.0.0.1/keys",
                "http://127.0.0.1.example.com/keys",
                "file:///tmp/keys"
            })
    void other_urls_may_not_carry_secrets(String url) {
        assertThat(GraphBaseUrl.httpsOrLoopback(URI.create(url))).isFalse();
    }
}
