package io.devicestatus.application.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class VersionedTest {

    @Property
    void next_holds_the_new_value_one_version_on(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE - 1) long version) {
        var next = new Versioned<>("old", version).next("new");

        assertThat(next.value()).isEqualTo("new");
        assertThat(next.version()).isEqualTo(version + 1);
    }

    @Example
    void versions_start_at_1() {
        assertThat(new Versioned<>("s", Versioned.FIRST).version()).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> new Versioned<>("s", 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Versioned<>("s", -1));
    }

    @Example
    void a_value_is_required() {
        assertThatNullPointerException().isThrownBy(() -> new Versioned<>(null, 1));
        assertThatNullPointerException().isThrownBy(() -> new Versioned<>("s", 1).next(null));
    }
}
