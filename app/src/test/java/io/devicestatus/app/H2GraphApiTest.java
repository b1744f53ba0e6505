package io.devicestatus.app;

import java.nio.file.Path;

/** The Graph API end to end over the embedded default: H2 files in a data directory, migrated at start. */
class H2GraphApiTest extends GraphApiEndToEndContract {

    @Override
    ServerUnderTest start(Path dataDir) throws Exception {
        return ServerUnderTest.h2(dataDir);
    }
}
