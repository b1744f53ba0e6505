package io.devicestatus.adapter.graph.wire;

import io.vavr.control.Option;
import io.vavr.control.Try;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of one URL path segment (RFC 3986): an id such as {@code a/b}, {@code ../x} or {@code a?b} stays
 * one segment and never changes a path or query. Shared by the inbound API (its paths and links) and the outbound
 * store (its request targets).
 */
public final class UriSegments {

    private static final String UNRESERVED = "-._~";
    /** Sub-delimiters and {@code :@}, legal in a segment as they are. */
    private static final String SEGMENT_SAFE = "!$&'()*+,;=:@";

    private UriSegments() {}

    /**
     * {@code value} as one path segment; {@code .} and {@code ..} are encoded so that no resolver removes them, and a
     * leading {@code $} so that an id is never taken for an OData segment such as {@code $count} or {@code $ref}.
     */
    public static String encode(String value) {
        if (value.equals(".") || value.equals("..")) {
            return value.replace(".", "%2E");
        }
        if (value.startsWith("$")) {
            return "%24" + encode(value.substring(1));
        }
        var out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80
                    && (Character.isLetterOrDigit(c) || UNRESERVED.indexOf(c) >= 0 || SEGMENT_SAFE.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** The text of an encoded segment; none when an escape is broken or the bytes are not UTF-8. */
    public static Option<String> decode(String segment) {
        var bytes = new ByteArrayOutputStream(segment.length());
        int at = 0;
        while (at < segment.length()) {
            if (segment.charAt(at) == '%') {
                int high = at + 2 < segment.length() ? hex(segment.charAt(at + 1)) : -1;
                int low = high < 0 ? -1 : hex(segment.charAt(at + 2));
                if (low < 0) {
                    return Option.none();
                }
                bytes.write(high << 4 | low);
                at += 3;
            } else {
                int end = segment.indexOf('%', at);
                end = end < 0 ? segment.length() : end;
                bytes.writeBytes(segment.substring(at, end).getBytes(StandardCharsets.UTF_8));
                at = end;
            }
        }
        return Try.of(() -> StandardCharsets.UTF_8
                        .newDecoder()
                        .decode(ByteBuffer.wrap(bytes.toByteArray()))
                        .toString())
                .toOption();
    }

    /** RFC 3986's HEXDIG: ASCII only ({@link Character#digit} also takes Arabic-Indic and full-width digits). */
    private static int hex(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }
}
