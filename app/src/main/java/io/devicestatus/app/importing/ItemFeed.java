package io.devicestatus.app.importing;

import com.fasterxml.jackson.databind.JsonNode;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.port.in.ImportItemResult;
import io.devicestatus.application.port.in.ImportItemResult.Outcome;
import io.devicestatus.application.port.in.ImportStatusCommand;
import io.devicestatus.application.port.in.ImportStatusesUseCase;
import io.devicestatus.application.port.in.ImportSummaryResult;
import io.devicestatus.domain.common.TenantId;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The items of an import as the use case takes them: read, decoded, the rejected ones handed to {@link Rejects} on
 * the way, progress told of each. The use case holds one batch; this holds the input positions and items of that
 * batch's accepted items, to name them when the use case rejects one.
 */
public final class ItemFeed {

    /** An item that decoded: where it is, as given, and its draft (of the run's type). */
    public record Accepted(InputPosition position, JsonNode json, Object draft) {}

    /**
     * What the import did.
     *
     * @param read      items read
     * @param stale     reports older than the stored status: not applied, and not a rejection either
     * @param rejected  items rejected (every one in the rejects file)
     */
    public record Totals(long read, long created, long advanced, long unchanged, long stale, long rejected) {}

    private final ItemReader reader;
    private final ItemDecoder decoder;
    private final Rejects rejects;
    private final ImportProgress progress;
    private long read;

    public ItemFeed(ItemReader reader, ItemDecoder decoder, Rejects rejects, ImportProgress progress) {
        this.reader = reader;
        this.decoder = decoder;
        this.rejects = rejects;
        this.progress = progress;
    }

    /** The next item that decoded, or {@code null} at the end (or where the input cannot be read on). */
    public Accepted next() {
        ItemReader.Item item;
        while ((item = reader.next()) != null) {
            read++;
            progress.update(read, reader.bytesRead());
            var decoded = decoder.decode(item);
            if (decoded.isRight()) {
                return new Accepted(item.position(), item.json(), decoded.get());
            }
            rejects.reject(item.position(), decoded.getLeft(), item.json());
        }
        return null;
    }

    /** The totals when nothing reached the use case. */
    public Totals totals() {
        return new Totals(read, 0, 0, 0, 0, rejects.count());
    }

    /**
     * Imports {@code first} and every item after it through {@code importer}, for {@code tenant} in {@code scope}.
     * Reports older than the stored status count as stale, the use case's other refusals as rejected.
     */
    @SuppressWarnings("unchecked")
    public <T, S, D> Totals importAll(
            ImportStatusesUseCase<T, S, D> importer,
            TenantId tenant,
            S scope,
            ImportStatusCommand.Mode mode,
            Accepted first) {
        var pending = new ArrayDeque<Accepted>();
        Iterator<ImportStatusCommand<S, D>> items = new Iterator<>() {
            private Accepted next = first;
            private boolean ended;

            @Override
            public boolean hasNext() {
                if (next == null && !ended) {
                    next = ItemFeed.this.next();
                    ended = next == null;
                }
                return next != null;
            }

            @Override
            public ImportStatusCommand<S, D> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                var item = next;
                next = null;
                pending.add(item);
                return new ImportStatusCommand<>(mode, scope, (D) item.draft());
            }
        };
        long[] stale = new long[1];
        ImportSummaryResult summary = importer.importAll(tenant, items, (ImportItemResult<T> result) -> {
            var item = pending.remove();
            if (result.outcome() == Outcome.REJECTED) {
                var error = result.result().getLeft();
                if (error instanceof ApplicationError.Stale) {
                    stale[0]++;
                } else {
                    rejects.reject(item.position(), error, item.json());
                }
            }
        });
        return new Totals(read, summary.created(), summary.advanced(), summary.unchanged(), stale[0], rejects.count());
    }
}
