package io.devicestatus.app;

import java.nio.file.Path;

/** Two tenants end to end over the in-memory store. */
class InMemoryTenantsTest extends TenantsEndToEndContract {

    @Override
    ServerUnderTest start(Path dataDir) throws Exception {
        return ServerUnderTest.inMemory();
    }
}
