package io.devicestatus.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TransitionTableTest {

    private enum Light {
        RED,
        GREEN,
        AMBER
    }

    @Test
    void a_state_without_a_row_is_refused_when_the_table_is_built() {
        var builder =
                TransitionTable.over(Light.class).from(Light.RED, Light.GREEN).from(Light.GREEN, Light.AMBER);

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[AMBER]");
    }

    @Test
    void a_state_with_two_rows_is_refused() {
        var builder = TransitionTable.over(Light.class).from(Light.RED, Light.GREEN);

        assertThatThrownBy(() -> builder.from(Light.RED, Light.AMBER)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void allows_exactly_the_listed_moves() {
        var table = TransitionTable.over(Light.class)
                .from(Light.RED, Light.GREEN)
                .from(Light.GREEN, Light.AMBER)
                .fromAnywhere(Light.AMBER)
                .build();

        assertThat(table.allows(Light.RED, Light.GREEN)).isTrue();
        assertThat(table.allows(Light.RED, Light.RED)).isFalse();
        assertThat(table.allows(Light.GREEN, Light.RED)).isFalse();
        assertThat(table.allowedFrom(Light.AMBER)).containsExactly(Light.RED, Light.GREEN, Light.AMBER);
    }

    @Test
    void onward_allows_staying_and_every_later_state_but_no_earlier_one() {
        var table = TransitionTable.over(Light.class)
                .onwardFrom(Light.RED)
                .onwardFrom(Light.GREEN)
                .onwardFrom(Light.AMBER)
                .build();

        assertThat(table.allowedFrom(Light.RED)).containsExactly(Light.RED, Light.GREEN, Light.AMBER);
        assertThat(table.allowedFrom(Light.GREEN)).containsExactly(Light.GREEN, Light.AMBER);
        assertThat(table.allowedFrom(Light.AMBER)).containsExactly(Light.AMBER);
    }
}
