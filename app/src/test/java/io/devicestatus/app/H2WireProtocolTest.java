package io.devicestatus.app;

import java.nio.file.Path;

/** The wire protocol end to end over the H2 store. */
class H2WireProtocolTest extends WireProtocolContract {

    @Override
    ServerUnderTest start(Path dataDir) throws Exception {
        return ServerUnderTest.h2(dataDir);
    }
}
