package io.devicestatus.application.service;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.port.out.ListPosition;
import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The opaque cursor of keyset paging: the order it was issued for and the last status of a page, hex-encoded (no
 * charset needed) so that callers pass it back unchanged instead of building one, and so that it is safe in a URL.
 *
 * <p>A cursor is a prefix naming the order, then the tenant it was issued for as its GUID's 32 hex digits (a cursor
 * of one tenant's list is refused in another's), then, in a report-time order, the last report time as 16 hex digits of
 * its 100-ns ticks since 1970-01-01T00:00Z (two's complement, so times before 1970 too), then the last id as four
 * hex digits per UTF-16 unit. The prefixes are {@code k2} for {@link ListOrder#ID}, {@code r2a} and {@code r2d} for
 * report time ascending and descending (the {@code 1} forms, from before tenants, are no longer issued nor taken). A cursor
 * carries its order so that one given with another order is refused, rather than read as a position it is not.
 *
 * <p>A position with a store's {@link ListPosition#resume() continuation} (a remote Graph store's nextLink) adds
 * {@code .} and that continuation in unpadded base64url.
 */
final class Cursors {

    private static final HexFormat HEX = HexFormat.of();
    private static final char RESUME_SEPARATOR = '.';
    private static final Base64.Encoder RESUME = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder RESUME_DECODER = Base64.getUrlDecoder();
    private static final int TICK_DIGITS = 16;
    private static final int TENANT_DIGITS = 32;
    private static final long TICKS_PER_SECOND = 10_000_000L;
    private static final int NANOS_PER_TICK = 100;

    private Cursors() {}

    /**
     * The cursor of {@code tenant}'s page after the status with {@code lastId} and {@code lastReportTime}, in
     * {@code order}.
     */
    static String after(TenantId tenant, ListOrder order, String lastId, Instant lastReportTime) {
        var cursor = new StringBuilder(3 + TENANT_DIGITS + TICK_DIGITS + 4 * lastId.length())
                .append(prefix(order))
                .append(hex(tenant));
        if (order.byReportTime()) {
            cursor.append(HEX.toHexDigits(ticks(lastReportTime)));
        }
        lastId.chars().forEach(unit -> cursor.append(HEX.toHexDigits((char) unit)));
        return cursor.toString();
    }

    /** The cursor of {@code tenant}'s page after {@code position}, in {@code order}. */
    static String after(TenantId tenant, ListOrder order, ListPosition position) {
        String cursor =
                after(tenant, order, position.id(), position.reportTime().getOrElse(Instant.EPOCH));
        return position.resume()
                .map(token -> cursor + RESUME_SEPARATOR + RESUME.encodeToString(ascii(token)))
                .getOrElse(cursor);
    }

    /**
     * The position a cursor continues after, in {@code tenant}'s list in {@code order}; {@code Invalid} naming
     * {@code cursor} when it is not a cursor this service issued, or was issued for another tenant or order.
     */
    static Either<ApplicationError, ListPosition> position(String cursor, TenantId tenant, ListOrder order) {
        int separator = cursor.indexOf(RESUME_SEPARATOR);
        if (separator < 0) {
            return keyset(cursor, cursor, tenant, order);
        }
        return resume(cursor.substring(separator + 1))
                .map(token -> keyset(cursor, cursor.substring(0, separator), tenant, order)
                        .map(p -> p.resumingWith(token)))
                .getOrElse(() -> Either.left(notIssued(cursor)));
    }

    /** The bytes of a continuation, which {@link ListPosition} holds to printable ASCII. */
    private static byte[] ascii(String token) {
        var bytes = new byte[token.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) token.charAt(i);
        }
        return bytes;
    }

    private static Option<String> resume(String encoded) {
        try {
            var bytes = RESUME_DECODER.decode(encoded);
            var token = new StringBuilder(bytes.length);
            for (byte b : bytes) {
                token.append((char) (b & 0xff));
            }
            return ListPosition.isContinuation(token) && encoded.equals(RESUME.encodeToString(bytes))
                    ? Option.some(token.toString())
                    : Option.none();
        } catch (IllegalArgumentException notOurs) {
            return Option.none();
        }
    }

    /** The position {@code keyset} (the part of {@code cursor} before any continuation) holds. */
    private static Either<ApplicationError, ListPosition> keyset(
            String cursor, String keyset, TenantId tenant, ListOrder order) {
        for (ListOrder issued : ListOrder.values()) {
            String prefix = prefix(issued);
            if (keyset.startsWith(prefix)) {
                int start = prefix.length() + TENANT_DIGITS;
                var decoded = decode(keyset, start, issued);
                if (decoded.isEmpty()) {
                    break;
                }
                if (!keyset.regionMatches(true, prefix.length(), hex(tenant), 0, TENANT_DIGITS)) {
                    return Either.left(
                            ApplicationError.invalid(
                                    "cursor",
                                    cursor,
                                    "was not issued for this tenant's "
                                            + "list; pass a page's nextCursor unchanged, with the credentials it was issued to"));
                }
                if (issued != order) {
                    return Either.left(
                            ApplicationError.invalid(
                                    "cursor",
                                    cursor,
                                    "was issued for a list in "
                                            + issued.description() + ", not in " + order.description()
                                            + "; pass a page's nextCursor with the order of that page, or no cursor to start again"));
                }
                return Either.right(decoded.get());
            }
        }
        return Either.left(notIssued(cursor));
    }

    private static ApplicationError notIssued(String cursor) {
        return ApplicationError.invalid(
                "cursor",
                cursor,
                "is not a cursor this service issued; pass a page's nextCursor unchanged, or none for the first page");
    }

    private static String prefix(ListOrder order) {
        return switch (order) {
            case ID -> "k2";
            case REPORT_TIME_ASC -> "r2a";
            case REPORT_TIME_DESC -> "r2d";
        };
    }

    /** The tenant's GUID as 32 lowercase hex digits. */
    private static String hex(TenantId tenant) {
        return HEX.toHexDigits(tenant.value().getMostSignificantBits())
                + HEX.toHexDigits(tenant.value().getLeastSignificantBits());
    }

    /** The position after the prefix, or none when the rest is not of the form {@code issued} gives it. */
    private static Option<ListPosition> decode(String cursor, int start, ListOrder issued) {
        int at = start;
        if (cursor.length() < start) {
            return Option.none();
        }
        try {
            HexFormat.fromHexDigitsToLong(cursor, start - TENANT_DIGITS, start - TENANT_DIGITS / 2);
            HexFormat.fromHexDigitsToLong(cursor, start - TENANT_DIGITS / 2, start);
            Option<Instant> reportTime = Option.none();
            if (issued.byReportTime()) {
                if (cursor.length() < at + TICK_DIGITS) {
                    return Option.none();
                }
                reportTime = Option.some(instant(HexFormat.fromHexDigitsToLong(cursor, at, at + TICK_DIGITS)));
                at += TICK_DIGITS;
            }
            int digits = cursor.length() - at;
            if (digits <= 0 || digits % 4 != 0) {
                return Option.none();
            }
            var id = new StringBuilder(digits / 4);
            for (; at < cursor.length(); at += 4) {
                id.append((char) HexFormat.fromHexDigits(cursor, at, at + 4));
            }
            return Option.some(new ListPosition(id.toString(), reportTime));
        } catch (IllegalArgumentException notHex) {
            return Option.none();
        }
    }

    /** 100-ns ticks since 1970-01-01T00:00Z; exact, as report times are precise to 100 ns. */
    private static long ticks(Instant instant) {
        return Math.addExact(
                Math.multiplyExact(instant.getEpochSecond(), TICKS_PER_SECOND), instant.getNano() / NANOS_PER_TICK);
    }

    private static Instant instant(long ticks) {
        return Instant.ofEpochSecond(
                Math.floorDiv(ticks, TICKS_PER_SECOND), Math.floorMod(ticks, TICKS_PER_SECOND) * NANOS_PER_TICK);
    }
}
