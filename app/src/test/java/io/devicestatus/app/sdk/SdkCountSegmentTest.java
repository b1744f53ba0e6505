package io.devicestatus.app.sdk;

import static io.devicestatus.app.sdk.SdkCollections.wire;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.kiota.serialization.Parsable;
import io.devicestatus.app.sdk.SdkServer.SdkClients;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SDK's {@code .count().get()}: OData's {@code /$count} path segment, a plain-text integer that honours
 * {@code $filter}, on each of the seven collection/version pairs.
 */
class SdkCountSegmentTest {

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
    void count_segment_counts_the_collection_and_honours_filter(Function<SdkClients, SdkCollection<?>> pair) {
        count(pair.apply(server.admin(SdkServer.newTenant())));
    }

    private <T extends Parsable> void count(SdkCollection<T> c) {
        assertThat(c.countSegment(null)).isZero();
        IntStream.range(0, 5).forEach(i -> c.create(c.sample(i)));

        assertThat(c.countSegment(null)).isEqualTo(5);
        assertThat(c.countSegment(c.stateProperty() + " eq '" + wire(c.evenState()) + "'"))
                .isEqualTo(3);
    }
}
