package io.devicestatus.app.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.graph.core.content.BatchRequestContentCollection;
import com.microsoft.kiota.serialization.Parsable;
import io.devicestatus.app.sdk.SdkCollection.Query;
import io.devicestatus.app.sdk.SdkServer.SdkClients;
import java.io.IOException;
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

    private <T extends Parsable> void batch(SdkCollection<T> c) throws IOException {
        var batch = new BatchRequestContentCollection(c.client());
        var samples = new LinkedHashMap<String, T>();
        for (int i = 0; i < 30; i++) {
            T sample = c.sample(i);
            samples.put(batch.addBatchRequestStep(c.createRequest(sample)), sample);
        }
        assertThat(batch.getBatchRequestsForExecution()).as("the SDK splits 30 steps").hasSize(2);

        var responses = c.client().getBatchRequestBuilder().post(batch, null);

        assertThat(responses.getResponsesStatusCodes())
                .as("the SDK shows no step at all when the server refuses a batch whole").hasSize(30).containsOnlyKeys(samples.keySet())
                .allSatisfy((step, status) -> assertThat(status).as("step " + step).isEqualTo(201));
        samples.forEach((step, sample) -> assertThat(c.properties(responses.getResponseById(step, c.factory())))
                .as("step " + step).isEqualTo(c.properties(sample)));
        assertThat(c.list(new Query(null, null, null, null, true)).count()).isEqualTo(30L);
    }
}
