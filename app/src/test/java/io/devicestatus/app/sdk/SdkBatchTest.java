package io.devicestatus.app.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.graph.core.content.BatchRequestContentCollection;
import com.microsoft.graph.core.content.BatchResponseContentCollection;
import com.microsoft.kiota.serialization.Parsable;
import io.devicestatus.app.sdk.SdkCollection.Query;
import io.devicestatus.app.sdk.SdkServer.SdkClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON batching as the SDK does it: 30 creates in a {@code BatchRequestContentCollection}, which the SDK splits into
 * batches of at most 20 steps; every step answers 201 with its entity, on each of the seven collection/version pairs.
 */
class SdkBatchTest {

    private static SdkServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = new SdkServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @ParameterizedTest
    @MethodSource("io.devicestatus.app.sdk.SdkCollections#all")
    void thirty_creates_in_a_batch_collection_are_each_created(Function<SdkClients, SdkCollection<?>> pair)
            throws IOException {
        batch(pair.apply(server.admin(SdkServer.newTenant())));
    }

    private static String body(BatchResponseContentCollection responses, String step) {
        try (var stream = responses.getResponseStreamById(step)) {
            return stream == null ? "(no body)" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T extends Parsable> void batch(SdkCollection<T> c) throws IOException {
        var batch = new BatchRequestContentCollection(c.client());
        var samples = new LinkedHashMap<String, T>();
        for (int i = 0; i < 30; i++) {
            T sample = c.sample(i);
            samples.put(batch.addBatchRequestStep(c.createRequest(sample)), sample);
        }
        // No look at batch.getBatchRequestsForExecution() here: each call appends the open batch again, and the SDK
        // would then send its last 10 steps twice. The server refuses a batch of more than 20 requests whole, so 30
        // created steps are themselves the proof that the SDK split them.

        var responses = c.client().getBatchRequestBuilder().post(batch, null);

        assertThat(responses.getResponsesStatusCodes())
                .as("the SDK shows no step at all when the server refuses a batch whole")
                .hasSize(30)
                .containsOnlyKeys(samples.keySet())
                .allSatisfy((step, status) -> assertThat(status)
                        .as("step %s: %s", step, body(responses, step))
                        .isEqualTo(201));
        samples.forEach((step, sample) -> assertThat(c.properties(responses.getResponseById(step, c.factory())))
                .as("step " + step)
                .isEqualTo(c.properties(sample)));
        assertThat(c.list(new Query(null, null, null, null, true)).count()).isEqualTo(30L);
    }
}
