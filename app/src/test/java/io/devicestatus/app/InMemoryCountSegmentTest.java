package io.devicestatus.app;

import java.nio.file.Path;

/** OData's /$count segment end to end over the InMemory store. */
class InMemoryCountSegmentTest extends CountSegmentContract {

    @Override
    ServerUnderTest start(Path dataDir) throws Exception {
        return ServerUnderTest.inMemory();
    }
}
