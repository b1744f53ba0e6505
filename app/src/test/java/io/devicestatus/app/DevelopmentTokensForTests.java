package io.devicestatus.app;

import io.devicestatus.adapter.graph.auth.DevelopmentTokens;
import io.vavr.collection.List;
import java.time.Instant;

/** Tokens that only need to name a tenant (what {@code serve --store graph} reads from its token). */
final class DevelopmentTokensForTests {

    private DevelopmentTokensForTests() {}

    static String jwtOfTenant(String tenant) {
        var now = Instant.now();
        return DevelopmentTokens.sign(
                DevelopmentTokens.newSecret(),
                new DevelopmentTokens.Claims(
                        "tester",
                        tenant,
                        List.of("DeviceManagementConfiguration.ReadWrite.All"),
                        List.empty(),
                        null,
                        null,
                        now,
                        now.plusSeconds(600)));
    }
}
