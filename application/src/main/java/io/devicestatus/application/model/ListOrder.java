package io.devicestatus.application.model;

/**
 * The order in which a list hands out statuses. Every order is total (ties are broken by id), so that keyset paging
 * can start a page strictly after the last status of the previous one.
 *
 * <p>The report time is {@link StatusKind#reportTime} ({@code lastReportedDateTime}, or {@code lastSyncDateTime} for
 * app install statuses), compared as an instant: the offset it was written with plays no part. Graph's
 * {@code $orderby=lastReportedDateTime desc} is {@link #REPORT_TIME_DESC}.
 */
public enum ListOrder {

    /** By id, ascending: what a list does when no order is asked for. */
    ID("id order"),

    /** By report time, oldest first; equal times by id, ascending. */
    REPORT_TIME_ASC("report time order, oldest first"),

    /** By report time, newest first; equal times by id, descending. */
    REPORT_TIME_DESC("report time order, newest first");

    private final String description;

    ListOrder(String description) {
        this.description = description;
    }

    /** Whether the order starts with the report time (and a keyset position must hold one). */
    public boolean byReportTime() {
        return this != ID;
    }

    /** Whether both the report time and the id descend. */
    public boolean descending() {
        return this == REPORT_TIME_DESC;
    }

    /** The order in words, as errors name it, e.g. {@code report time order, newest first}. */
    public String description() {
        return description;
    }
}
