package io.devicestatus.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IdGeneratorPortTest {

    @Test
    void random_uuids_are_distinct_lowercase_version_4_guids_as_graph_writes_them() {
        var ids = IdGeneratorPort.randomUuids();
        var seen = new HashSet<String>();

        for (int i = 0; i < 10_000; i++) {
            var id = ids.newId();
            assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(UUID.fromString(id).version()).isEqualTo(4);
            seen.add(id);
        }

        assertThat(seen).hasSize(10_000);
    }

    @Test
    void threads_minting_at_once_never_repeat_each_others_ids() throws InterruptedException {
        // each thread has a generator of its own: were they seeded alike, their ids would repeat across threads
        var ids = IdGeneratorPort.randomUuids();
        var seen = ConcurrentHashMap.<String>newKeySet();
        var threads = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            threads.execute(() -> {
                for (int i = 0; i < 2_000; i++) {
                    seen.add(ids.newId());
                }
            });
        }
        threads.shutdown();

        assertThat(threads.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        assertThat(seen).hasSize(16_000).allMatch(id -> UUID.fromString(id).version() == 4);
    }
}
