package io.devicestatus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevelopmentKeyTest {

    private static final int STARTERS = 8;
    private static final int ROUNDS = 50;

    @TempDir
    Path dir;

    /**
     * Several instances started at once on one data directory (behind a load balancer, sharing the key so one token
     * works on all) each make the key on first use: every one must end with the same, whole key, and none may read
     * the file while another is still writing it.
     */
    @Test
    void instances_making_the_key_at_once_all_load_the_same_whole_key() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(STARTERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Path dataDir = dir.resolve("round-" + round);
                var barrier = new CyclicBarrier(STARTERS);
                var keys = new ArrayList<Future<String>>();
                for (int i = 0; i < STARTERS; i++) {
                    Callable<String> start = () -> {
                        barrier.await();
                        return Base64.getEncoder().encodeToString(DevelopmentKey.loadOrCreate(dataDir));
                    };
                    keys.add(pool.submit(start));
                }
                var distinct = new HashSet<String>();
                for (var key : keys) {
                    distinct.add(key.get()); // a starter that read a half-written file fails here
                }
                assertThat(distinct).hasSize(1);
                assertThat(Base64.getDecoder().decode(distinct.iterator().next()))
                        .hasSizeGreaterThanOrEqualTo(32);
                assertThat(Files.readString(dataDir.resolve(DevelopmentKey.FILE_NAME))
                                .trim())
                        .isEqualTo(distinct.iterator().next());
                try (var files = Files.list(dataDir)) {
                    assertThat(files.map(p -> p.getFileName().toString()))
                            .as("no temporary file is left behind")
                            .containsExactly(DevelopmentKey.FILE_NAME);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
