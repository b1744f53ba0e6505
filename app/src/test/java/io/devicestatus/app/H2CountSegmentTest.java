package io.devicestatus.app;

import java.nio.file.Path;

/** OData's /$count segment end to end over the H2 store. */
class H2CountSegmentTest extends CountSegmentContract {

    @Override
    ServerUnderTest start(Path dataDir) throws Exception {
        return ServerUnderTest.h2(dataDir);
    }
}
