package io.devicestatus.application.port.in;

/**
 * The totals of a bulk import.
 *
 * @param created   items that created a status
 * @param advanced  items that advanced a stored status
 * @param unchanged items that repeated the stored state
 * @param rejected  items refused, each with its error in its {@link ImportItemResult}
 */
public record ImportSummaryResult(long created, long advanced, long unchanged, long rejected) {

    /** All items read. */
    public long total() {
        return created + advanced + unchanged + rejected;
    }

    /** E.g. {@code 10 items: 6 created, 2 advanced, 1 unchanged, 1 rejected}. */
    @Override
    public String toString() {
        return total() + " items: " + created + " created, " + advanced + " advanced, " + unchanged + " unchanged, "
                + rejected + " rejected";
    }
}
