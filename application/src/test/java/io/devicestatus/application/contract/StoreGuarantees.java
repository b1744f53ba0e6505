package io.devicestatus.application.contract;

/**
 * What a store promises beyond the contract every store meets. A database promises {@link #all()}; a store behind a
 * remote API (Microsoft Graph) cannot, and the kit then checks that it does what its port documents instead.
 *
 * @param atomicWrites    {@code writeAll} applies all its writes or none, and a unit of work of its
 *                        {@code TransactionPort} is undone when it fails. Without it, {@code writeAll} applies its
 *                        writes in order up to the first refusal (those before it stay applied) and a unit of work
 *                        keeps what it wrote
 * @param everyScope      list, count and summary work without a scope (across every scope). Without it, they answer
 *                        {@code Invalid} naming {@code scope}
 */
public record StoreGuarantees(boolean atomicWrites, boolean everyScope) {

    /** Everything: what a local database gives. */
    public static StoreGuarantees all() {
        return new StoreGuarantees(true, true);
    }
}
