package io.devicestatus.application.service;

import io.devicestatus.application.error.ApplicationError;
import io.vavr.control.Either;
import java.util.HexFormat;

/**
 * The opaque cursor of keyset paging: the last id of a page behind a version prefix, hex-encoded (four digits per
 * UTF-16 unit, no charset needed) so that callers pass it back unchanged instead of building one, and so that it is
 * safe in a URL.
 */
final class Cursors {

    private static final String PREFIX = "k1";
    private static final HexFormat HEX = HexFormat.of();

    private Cursors() {
    }

    static String after(String lastId) {
        var cursor = new StringBuilder(PREFIX.length() + 4 * lastId.length()).append(PREFIX);
        lastId.chars().forEach(unit -> cursor.append(HEX.toHexDigits((char) unit)));
        return cursor.toString();
    }

    /** The id a cursor continues after, or {@code Invalid} naming {@code cursor}. */
    static Either<ApplicationError, String> lastId(String cursor) {
        int digits = cursor.length() - PREFIX.length();
        if (cursor.startsWith(PREFIX) && digits > 0 && digits % 4 == 0) {
            try {
                var id = new StringBuilder(digits / 4);
                for (int at = PREFIX.length(); at < cursor.length(); at += 4) {
                    id.append((char) HexFormat.fromHexDigits(cursor, at, at + 4));
                }
                return Either.right(id.toString());
            } catch (IllegalArgumentException notHex) {
                // answered below, like any other foreign cursor
            }
        }
        return Either.left(ApplicationError.invalid("cursor", cursor,
                "is not a cursor this service issued; pass a page's nextCursor unchanged, or none for the first page"));
    }
}
