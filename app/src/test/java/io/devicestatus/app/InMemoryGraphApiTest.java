package io.devicestatus.app;

import java.nio.file.Path;

/** The Graph API end to end over the in-memory store. */
class InMemoryGraphApiTest extends GraphApiEndToEndContract {

    @Override
    ServerUnderTest start(Path dataDir) throws Exception {
        return ServerUnderTest.inMemory();
    }
}
