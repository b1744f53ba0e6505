package io.devicestatus.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.UUID;
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
}
