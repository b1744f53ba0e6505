package io.devicestatus.app;

import io.devicestatus.application.service.DeviceStatusApplication;
import io.devicestatus.domain.common.TenantId;
import io.vavr.collection.List;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/** What benchmarks in {@code io.devicestatus.app.bench} need of this package's test fixtures. */
public final class BenchAccess {

    private BenchAccess() {}

    /** The outcome of one command: its seconds and the last line it wrote on standard error. */
    public record Run(double seconds, String summary) {}

    /** A server over an in-memory store that {@code fill} fills, with a token file of {@code tenant}. */
    public static Upstream upstream(TenantId tenant, Consumer<DeviceStatusApplication> fill) throws Exception {
        var storage = Storage.memory(Clock.systemUTC());
        fill.accept(storage.application());
        return new Upstream(ServerUnderTest.over(storage), tenant);
    }

    /** The server under a benchmark. */
    public static final class Upstream implements AutoCloseable {
        private final ServerUnderTest server;
        private final Path tokenFile;

        private Upstream(ServerUnderTest server, TenantId tenant) throws Exception {
            this.server = server;
            this.tokenFile = Files.createTempFile("sync-bench", ".token");
            Files.writeString(
                    tokenFile, server.sign(List.of(ServerUnderTest.CONFIG_READ), List.empty(), tenant.toString()));
        }

        public URI baseUri() {
            return server.baseUri();
        }

        /** A proxy in front of the server throttling every {@code every}-th request. */
        public ThrottlingProxy throttling(int every) throws Exception {
            return new ThrottlingProxy(server.baseUri(), every);
        }

        /** {@code sync --type ios-update} from {@code url} into the embedded store under {@code dataDir}. */
        public Run sync(URI url, Path dataDir) {
            long started = System.nanoTime();
            var run = CommandLineTest.run(
                    "sync",
                    "--type",
                    "ios-update",
                    "--graph-url",
                    url.toString(),
                    "--token-file",
                    tokenFile.toString(),
                    "--data-dir",
                    dataDir.toString());
            double seconds = (System.nanoTime() - started) / 1e9;
            if (run.exit() != 0) {
                throw new IllegalStateException("sync failed: " + run.err());
            }
            var lines = run.err().strip().split("\n");
            return new Run(seconds, lines[lines.length - 1]);
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
