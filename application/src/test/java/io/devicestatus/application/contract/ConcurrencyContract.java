package io.devicestatus.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.Write;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Writers at once: optimistic versions lose no update, one natural key has one winner, batches stay whole. */
abstract class ConcurrencyContract<T, S, D> extends ContractPart<T, S, D> {

    ConcurrencyContract(StatusRepositoryContract<T, S, D> contract) {
        super(contract);
    }

    private ExecutorService threads;

    @AfterEach
    void stopThreads() throws InterruptedException {
        if (threads != null) {
            threads.shutdownNow();
            assertThat(threads.awaitTermination(10, TimeUnit.SECONDS))
                    .as("writer threads ended")
                    .isTrue();
        }
    }

    @Test
    void concurrent_read_modify_write_loses_no_update() throws Exception {
        right(repository().insert(status("id-1", scope(), 1, 0)));
        int writers = 4;
        int updatesEach = 50;
        var mismatches = new AtomicInteger();

        var versions = runConcurrently(writers, writer -> {
            var mine = new ArrayList<Long>();
            while (mine.size() < updatesEach) {
                var current = right(repository().findById(scope(), "id-1")).get();
                var written =
                        repository().update(status("id-1", scope(), 1, (int) current.version()), current.version());
                if (written.isRight()) {
                    assertThat(written.get().version()).isEqualTo(current.version() + 1);
                    mine.add(written.get().version());
                } else {
                    assertThat(written.getLeft()).isInstanceOf(ApplicationError.VersionMismatch.class);
                    mismatches.incrementAndGet();
                }
            }
            return mine;
        });

        var all = versions.flatMap(v -> v);
        assertThat(all)
                .as("each version was written exactly once")
                .doesNotHaveDuplicates()
                .hasSize(writers * updatesEach);
        assertThat(TreeSet.ofAll(all)).containsExactlyElementsOf(List.rangeClosed(2L, writers * updatesEach + 1L));
        var last = right(repository().findById(scope(), "id-1")).get();
        assertThat(last.version()).isEqualTo(writers * updatesEach + 1L);
        assertThat(last.value()).isEqualTo(status("id-1", scope(), 1, writers * updatesEach));
    }

    @Test
    void of_concurrent_inserts_of_one_natural_key_exactly_one_wins() throws Exception {
        int writers = 8;

        var answers =
                runConcurrently(writers, writer -> repository().insert(status("id-" + writer, scope(), 1, writer)));

        assertThat(answers.count(Either::isRight)).isEqualTo(1);
        var winner = answers.find(Either::isRight).get().get();
        answers.filter(Either::isLeft).forEach(answer -> {
            assertConflict(answer.getLeft(), kind().id(winner.value()));
        });
        assertThat(ids(listAll())).containsExactly(kind().id(winner.value()));
    }

    @Test
    void concurrent_batches_are_each_atomic() throws Exception {
        assumeThat(guarantees().atomicWrites())
                .as("the store promises atomic batches")
                .isTrue();
        // Every writer inserts the same ten keys under its own ids: one batch wins whole, the others write nothing.
        int writers = 4;

        var answers = runConcurrently(
                writers,
                writer -> repository()
                        .writeAll(List.range(0, 10)
                                .map(n -> new Write.Insert<>(status("w" + writer + "-" + n, scope(), n, writer)))));

        assertThat(answers.count(Either::isRight)).isEqualTo(1);
        var winner = answers.indexWhere(Either::isRight);
        assertThat(ids(listAll()))
                .containsExactlyElementsOf(
                        List.range(0, 10).map(n -> "w" + winner + "-" + n).sorted());
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** Runs {@code work(0..n-1)} on n threads released together; their answers in writer order. */
    private <R> Seq<R> runConcurrently(int n, ConcurrentWork<R> work) throws Exception {
        threads = Executors.newFixedThreadPool(n);
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<R>>();
        for (int writer = 0; writer < n; writer++) {
            int me = writer;
            Callable<R> task = () -> {
                start.await();
                return work.run(me);
            };
            futures.add(threads.submit(task));
        }
        start.countDown();
        var answers = new ArrayList<R>();
        for (Future<R> future : futures) {
            answers.add(future.get(60, TimeUnit.SECONDS));
        }
        return List.ofAll(answers);
    }

    @FunctionalInterface
    private interface ConcurrentWork<R> {
        R run(int writer) throws Exception;
    }
}
