package io.devicestatus.application.port.in;

import io.devicestatus.domain.common.TenantId;
import java.util.Iterator;
import java.util.function.Consumer;

/**
 * Applies a stream of create and report items in batches. Each batch is one transaction; an item that is refused
 * is rejected alone, never aborting the others. Memory use does not grow with the stream: items are read as they
 * are needed and each result is handed on as soon as its batch is done.
 */
public interface ImportStatusesUseCase<T, S, D> {

    /**
     * Reads {@code items} to the end, handing one result per item to {@code results}, in input order. Every item is
     * for {@code tenant}: an item whose scope names another tenant is rejected ({@code Invalid} on
     * {@code scope.tenant}) and writes nothing.
     *
     * @return the totals
     */
    ImportSummaryResult importAll(
            TenantId tenant, Iterator<ImportStatusCommand<S, D>> items, Consumer<ImportItemResult<T>> results);
}
