package io.devicestatus.application.port.out;

import io.devicestatus.application.model.ListOrder;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a keyset page starts: strictly after this position in the list's {@link ListOrder}. It is the last status of
 * the previous page as it was then; that status need not exist any more, nor still have that report time.
 *
 * @param id         the last id of the previous page
 * @param reportTime that status's report time as an instant; present exactly when the order is
 *                   {@link ListOrder#byReportTime() by report time}
 */
public record ListPosition(String id, Option<Instant> reportTime) {

    public ListPosition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reportTime, "reportTime");
        reportTime.forEach(time -> Objects.requireNonNull(time, "reportTime"));
    }

    /** After {@code id}, in {@link ListOrder#ID id order}. */
    public static ListPosition afterId(String id) {
        return new ListPosition(id, Option.none());
    }

    /** After ({@code reportTime}, {@code id}), in a report-time order. */
    public static ListPosition after(Instant reportTime, String id) {
        return new ListPosition(id, Option.some(Objects.requireNonNull(reportTime, "reportTime")));
    }

    /** Whether this position fits {@code order}: it holds a report time exactly when the order needs one. */
    public boolean fits(ListOrder order) {
        return reportTime.isDefined() == order.byReportTime();
    }
}
