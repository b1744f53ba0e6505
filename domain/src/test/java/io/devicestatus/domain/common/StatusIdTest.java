package io.devicestatus.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatusIdTest {

    @ParameterizedTest
    @ValueSource(strings = {".", ".."})
    void the_dot_segments_are_not_ids_since_an_id_is_one_url_path_segment(String id) {
        var refused = StatusId.of(id);

        assertThat(refused.isInvalid()).isTrue();
        assertThat(refused.getError().field()).isEqualTo("id");
        assertThat(refused.getError().message()).contains("cannot be '.' or '..'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"...", "../x", ".a", "a.", "a/b", "%2E%2E", "63a79499-9499-63a7-9994-a7639994a763"})
    void other_ids_with_dots_or_slashes_are_ids(String id) {
        assertThat(StatusId.of(id).map(StatusId::value).toOption()).contains(id);
    }
}
