package io.devicestatus.adapter.graph.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.devicestatus.adapter.graph.client.LocalGraph.bytes;
import static io.devicestatus.adapter.graph.client.LocalGraph.entity;
import static io.devicestatus.adapter.graph.client.LocalGraph.object;
import static io.devicestatus.adapter.graph.client.LocalGraph.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Lists: lazy, one page at a time, following @odata.nextLink only to the base URL's origin. */
class GraphClientPagesTest {

    @RegisterExtension
    static final WireMockExtension GRAPH = LocalGraph.server();

    private static final String PATH = "/v1.0/deviceManagement/iosUpdateStatuses";
    private static final String FIRST = "v1.0/deviceManagement/iosUpdateStatuses?$top=2&$count=true";

    private final FakeTime time = new FakeTime();
    private final GraphClient client = LocalGraph.client(GRAPH, time);

    private String origin;

    @BeforeEach
    void origin() {
        origin = "http://127.0.0.1:" + GRAPH.getPort();
    }

    /** Serves a page at {@code $skiptoken=token} (none: the first), with a nextLink to {@code next} if given. */
    private static void page(Option<String> token, Option<String> nextLink, String... ids) {
        var body = object();
        body.put("@odata.count", 5);
        var value = body.putArray("value");
        Arrays.stream(ids).map(LocalGraph::entity).forEach(value::add);
        nextLink.forEach(link -> body.put("@odata.nextLink", link));
        var stub = get(urlPathEqualTo(PATH));
        stub = token.isDefined()
                ? stub.withQueryParam("$skiptoken", equalTo(token.get()))
                : stub.withQueryParam("$top", equalTo("2"));
        GRAPH.stubFor(stub.willReturn(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(bytes(body))));
    }

    private void threePages() {
        page(Option.none(), Option.some(origin + PATH + "?$top=2&$skiptoken=p2"), "a", "b");
        page(Option.some("p2"), Option.some(origin + PATH + "?$top=2&$skiptoken=p3"), "c", "d");
        page(Option.some("p3"), Option.none(), "e");
    }

    @Test
    void nothing_is_sent_until_the_first_page_is_asked_for_and_reading_it_sends_one_request() {
        threePages();

        var pages = client.pages(FIRST);
        assertThat(received(GRAPH)).isEmpty();

        var first = pages.next().get();

        assertThat(first.value().map(entity -> entity.get("id").textValue())).containsExactly("a", "b");
        assertThat(first.count()).contains(5L);
        assertThat(first.nextLink()).contains(origin + PATH + "?$top=2&$skiptoken=p2");
        assertThat(received(GRAPH)).hasSize(1);
    }

    @Test
    void reading_every_page_follows_the_next_links_as_given_and_ends_after_the_last() {
        threePages();

        var pages = client.pages(FIRST).toList();

        assertThat(pages).hasSize(3).allMatch(page -> page.isRight());
        assertThat(pages.flatMap(page -> page.get().value())
                        .map(entity -> entity.get("id").textValue()))
                .containsExactly("a", "b", "c", "d", "e");
        assertThat(Vector.ofAll(received(GRAPH)).map(request -> request.getUrl()))
                .containsExactly(
                        PATH + "?$top=2&$count=true", PATH + "?$top=2&$skiptoken=p2", PATH + "?$top=2&$skiptoken=p3");
    }

    @Test
    void a_page_is_fetched_only_when_the_one_before_was_taken() {
        threePages();
        var pages = client.pages(FIRST);

        pages.next();
        assertThat(pages.hasNext()).isTrue();
        assertThat(pages.hasNext()).isTrue();
        assertThat(received(GRAPH)).hasSize(2);

        pages.next();
        pages.next();
        assertThat(pages.hasNext()).isFalse();
        assertThatThrownBy(pages::next).isInstanceOf(NoSuchElementException.class);
        assertThat(received(GRAPH)).hasSize(3);
    }

    @Test
    void a_next_link_to_another_host_is_refused_and_never_requested() {
        // localhost is the same server under another name: had the client followed the link, WireMock would see it
        var elsewhere = "http://localhost:" + GRAPH.getPort() + PATH + "?$skiptoken=p2";
        page(Option.none(), Option.some(elsewhere), "a", "b");
        page(Option.some("p2"), Option.none(), "c");

        var pages = client.pages(FIRST).toList();

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).isRight()).isTrue();
        assertThat(pages.get(1).getLeft()).isInstanceOfSatisfying(GraphFailure.Refused.class, refused -> {
            assertThat(refused.target()).isEqualTo(elsewhere);
            assertThat(refused.reason()).contains("origin", origin);
        });
        assertThat(received(GRAPH)).hasSize(1);
    }

    @Test
    void a_next_link_on_another_port_or_scheme_is_refused_too() {
        for (var link : new String[] {
            "http://127.0.0.1:1" + PATH,
            "https://127.0.0.1:" + GRAPH.getPort() + PATH,
            "http://user@127.0.0.1:" + GRAPH.getPort() + PATH
        }) {
            assertThat(client.page(link).getLeft()).as(link).isInstanceOf(GraphFailure.Refused.class);
        }
        assertThat(received(GRAPH)).isEmpty();
    }

    @Test
    void a_failure_is_the_last_element() {
        page(Option.none(), Option.some(origin + PATH + "?$skiptoken=p2"), "a");
        GRAPH.stubFor(get(urlPathEqualTo(PATH))
                .withQueryParam("$skiptoken", equalTo("p2"))
                .willReturn(aResponse().withStatus(403)));

        var pages = client.pages(FIRST).toList();

        assertThat(pages).hasSize(2);
        assertThat(pages.get(1).getLeft())
                .isInstanceOfSatisfying(
                        GraphFailure.Answered.class,
                        answered -> assertThat(answered.code()).isEqualTo("HTTP 403"));
    }

    @Test
    void an_answer_that_is_no_page_is_malformed_naming_the_request() {
        GRAPH.stubFor(get(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("request-id", "r-7")
                        .withBody(bytes(object().put("values", "nope")))));

        var failure = client.page(FIRST).getLeft();

        assertThat(failure).isInstanceOfSatisfying(GraphFailure.Malformed.class, malformed -> {
            assertThat(malformed.reason()).contains("\"value\"");
            assertThat(malformed.requestId()).contains("r-7");
            assertThat(malformed.clientRequestId())
                    .isEqualTo(received(GRAPH).get(0).getHeader("client-request-id"));
        });
        assertThat(failure.message()).contains("GET " + FIRST, "r-7", failure.clientRequestId());
    }

    @Test
    void malformed_json_is_malformed_with_the_position_and_without_the_body() {
        byte[] whole = bytes(object().set("value", object().arrayNode().add(entity("secret-looking-entity-id"))));
        byte[] cut = Arrays.copyOf(whole, whole.length - 3);
        GRAPH.stubFor(
                get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody(cut)));

        var failure = client.page(FIRST).getLeft();

        assertThat(failure).isInstanceOfSatisfying(GraphFailure.Malformed.class, malformed -> {
            assertThat(malformed.reason()).contains("not valid JSON", "line 1, column");
            assertThat(malformed.reason()).doesNotContain("secret-looking-entity-id");
        });
        assertThat(received(GRAPH)).hasSize(1);
    }

    @Test
    void items_that_are_not_objects_or_a_wrong_count_are_malformed() {
        ObjectNode body = object();
        body.putArray("value").add(1);
        GRAPH.stubFor(
                get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody(bytes(body))));

        assertThat(((GraphFailure.Malformed) client.page(FIRST).getLeft()).reason())
                .contains("\"value\"[0]");

        body = object().put("@odata.count", "five");
        body.putArray("value");
        GRAPH.stubFor(
                get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody(bytes(body))));

        assertThat(((GraphFailure.Malformed) client.page(FIRST).getLeft()).reason())
                .contains("@odata.count");
    }

    @Test
    void a_next_link_that_is_not_percent_encoded_ends_the_list_as_malformed_instead_of_throwing() {
        page(Option.none(), Option.some(origin + PATH + "?$skiptoken=a b"), "a");

        var pages = client.pages(FIRST).toList();

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).getLeft())
                .isInstanceOfSatisfying(
                        GraphFailure.Malformed.class,
                        malformed -> assertThat(malformed.reason()).contains("@odata.nextLink"));
    }
}
