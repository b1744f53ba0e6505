package io.devicestatus.adapter.graph.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The page iterator on its own, over a fetch that records what it was asked for. */
class PageIteratorTest {

    private final List<String> fetched = new ArrayList<>();

    private PageIterator pages(java.util.Map<String, Either<GraphFailure, GraphPage>> answers) {
        return new PageIterator(
                target -> {
                    fetched.add(target);
                    return answers.get(target);
                },
                "first");
    }

    private static Either<GraphFailure, GraphPage> page(String next) {
        return Either.right(new GraphPage(Vector.empty(), Option.of(next), Option.none()));
    }

    @Test
    void nothing_is_fetched_before_it_is_asked_for_and_each_page_once() {
        var pages = pages(java.util.Map.of("first", page("second"), "second", page(null)));
        assertThat(fetched).isEmpty();

        assertThat(pages.hasNext()).isTrue();
        assertThat(pages.hasNext()).isTrue();
        assertThat(fetched).containsExactly("first");

        pages.next();
        assertThat(fetched).containsExactly("first");
        assertThat(pages.next().get().nextLink()).isEmpty();
        assertThat(fetched).containsExactly("first", "second");
        assertThat(pages.hasNext()).isFalse();
        assertThatThrownBy(pages::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void a_failure_is_the_last_page() {
        Either<GraphFailure, GraphPage> failed = Either.left(new GraphFailure.Refused("GET", "second", "no", "c"));
        var pages = pages(java.util.Map.of("first", page("second"), "second", failed));

        assertThat(pages.next().isRight()).isTrue();
        assertThat(pages.next()).isEqualTo(failed);
        assertThat(pages.hasNext()).isFalse();
        assertThat(fetched).containsExactly("first", "second");
    }
}
