package io.devicestatus.application.port.in;

import java.util.Iterator;
import java.util.function.Consumer;

/**
 * Applies a stream of create and report items in batches. Each batch is one transaction; an item that is refused
 * is rejected alone, never aborting the others. Memory use does not grow with the stream: items are read as they
 * are needed and each result is handed on as soon as its batch is done.
 */
public interface ImportStatusesUseCase<T, S, D> {

    /**
     * Reads {@code items} to the end, handing one result per item to {@code results}, in input order.
     *
     * @return the totals
     */
    ImportSummaryResult importAll(Iterator<ImportStatusCommand<S, D>> items, Consumer<ImportItemResult<T>> results);
}
