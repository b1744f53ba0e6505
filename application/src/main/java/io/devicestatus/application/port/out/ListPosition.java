package io.devicestatus.application.port.out;

import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.StatusKind;
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
 * @param resume     a store's own continuation from this position (a remote Graph service's {@code @odata.nextLink}),
 *                   as its {@link StatusRepository#page} handed it out; opaque to everyone else. Stores that seek by
 *                   id and report time ignore it
 */
public record ListPosition(String id, Option<Instant> reportTime, Option<String> resume) {

    /**
     * The longest continuation a store may hand out, in printable ASCII characters (it travels inside a caller's
     * cursor, and a nextLink is a URL).
     */
    public static final int MAX_RESUME_LENGTH = 2048;

    public ListPosition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reportTime, "reportTime");
        reportTime.forEach(time -> Objects.requireNonNull(time, "reportTime"));
        Objects.requireNonNull(resume, "resume");
        resume.forEach(token -> {
            if (!isContinuation(token)) {
                throw new IllegalArgumentException("a continuation is 1 to " + MAX_RESUME_LENGTH
                        + " printable ASCII characters (a URL): " + token.length() + " characters");
            }
        });
    }

    /** A position without a store's continuation. */
    public ListPosition(String id, Option<Instant> reportTime) {
        this(id, reportTime, Option.none());
    }

    /** Whether {@code token} may be a store's continuation: 1 to {@value #MAX_RESUME_LENGTH} printable ASCII characters. */
    public static boolean isContinuation(CharSequence token) {
        return !token.isEmpty()
                && token.length() <= MAX_RESUME_LENGTH
                && token.chars().allMatch(c -> c > ' ' && c < 0x7f);
    }

    /** The position of {@code status} in {@code order}. */
    public static <T> ListPosition of(ListOrder order, StatusKind<T, ?, ?> kind, T status) {
        return of(order, kind.id(status), kind.reportTime(status).instant());
    }

    /** The position of the status with {@code id} and {@code reportTime} in {@code order}. */
    public static ListPosition of(ListOrder order, String id, Instant reportTime) {
        return order.byReportTime() ? after(reportTime, id) : afterId(id);
    }

    /** This position with a store's continuation from it. */
    public ListPosition resumingWith(String token) {
        return new ListPosition(id, reportTime, Option.some(Objects.requireNonNull(token, "token")));
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
