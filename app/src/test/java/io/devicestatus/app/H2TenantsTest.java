package io.devicestatus.app;

import java.nio.file.Path;

/** Two tenants end to end over the embedded default: H2 files, migrated at start. */
class H2TenantsTest extends TenantsEndToEndContract {

    @Override
    ServerUnderTest start(Path dataDir) throws Exception {
        return ServerUnderTest.h2(dataDir);
    }
}
