package io.devicestatus.adapter.graph.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.Tuple;
import io.vavr.collection.Vector;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Chunking and the $batch request body. (Named *Test so that Surefire runs the jqwik properties.) */
class GraphBatchTest {

    @Property
    void chunking_keeps_every_request_in_order_in_full_chunks_of_twenty_and_one_rest(
            @ForAll @IntRange(min = 0, max = 100) int count) {
        var requests = Vector.range(0, count);

        var chunks = GraphBatch.chunks(requests);

        assertThat(chunks.flatMap(chunk -> chunk)).isEqualTo(requests);
        assertThat(chunks).hasSize((count + GraphBatch.MAX_REQUESTS - 1) / GraphBatch.MAX_REQUESTS);
        assertThat(chunks.dropRight(1)).allMatch(chunk -> chunk.size() == GraphBatch.MAX_REQUESTS);
        assertThat(chunks.lastOption()).allMatch(chunk -> chunk.size() >= 1 && chunk.size() <= GraphBatch.MAX_REQUESTS);
    }

    @Property
    void a_sequential_body_chains_each_item_to_the_one_before_and_an_independent_one_has_no_chain(
            @ForAll @IntRange(min = 1, max = 20) int count, @ForAll boolean sequential) {
        var items = Vector.rangeClosed(1, count)
                .map(i -> Tuple.of(
                        String.valueOf(i * 3), GraphRequest.delete("/deviceManagement/iosUpdateStatuses/e" + i)));

        JsonNode body = LocalGraph.parse(GraphBatch.requestBody(items, sequential));

        var sent = Vector.ofAll(body.get("requests"));
        assertThat(sent.map(item -> item.get("id").textValue())).isEqualTo(items.map(item -> item._1));
        assertThat(sent.map(item -> item.get("url").textValue())).isEqualTo(items.map(item -> item._2.target()));
        assertThat(sent.head().has("dependsOn")).isFalse();
        for (int i = 1; i < count; i++) {
            var dependsOn = sent.get(i).get("dependsOn");
            if (sequential) {
                assertThat(dependsOn.size()).isEqualTo(1);
                assertThat(dependsOn.get(0).textValue()).isEqualTo(items.get(i - 1)._1);
            } else {
                assertThat(dependsOn).isNull();
            }
        }
    }
}
