package io.devicestatus.app.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.kiota.serialization.AdditionalDataHolder;
import com.microsoft.kiota.serialization.Parsable;
import io.devicestatus.app.sdk.SdkCollection.Query;
import io.devicestatus.app.sdk.SdkServer.SdkClients;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @odata.context} as the SDK receives it (among a model's additional data): Graph sends one on every JSON
 * response, {@code {version root}/$metadata#{collection}} for a list, with {@code /$entity} for one entity, on each
 * of the seven collection/version pairs.
 */
class SdkODataContextTest {

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
    void lists_and_entities_carry_graphs_odata_context(Function<SdkClients, SdkCollection<?>> pair) {
        context(pair.apply(server.admin(SdkServer.newTenant())));
    }

    private <T extends Parsable> void context(SdkCollection<T> c) {
        String collection = c.client().getRequestAdapter().getBaseUrl() + "/$metadata#" + c.contextPath();
        T created = c.create(c.sample(1));

        assertThat(c.list(Query.all()).context()).isEqualTo(collection);
        assertThat(context(created)).isEqualTo(collection + "/$entity");
        assertThat(context(c.get(c.id(created)))).isEqualTo(collection + "/$entity");
    }

    private static Object context(Parsable entity) {
        return ((AdditionalDataHolder) entity).getAdditionalData().get("@odata.context");
    }
}
