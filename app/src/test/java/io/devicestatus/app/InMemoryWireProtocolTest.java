package io.devicestatus.app;

import java.nio.file.Path;

/** The wire protocol end to end over the InMemory store. */
class InMemoryWireProtocolTest extends WireProtocolContract {

    @Override
    ServerUnderTest start(Path dataDir) throws Exception {
        return ServerUnderTest.inMemory();
    }
}
