package io.devicestatus.adapter.graph.client;

import java.math.BigDecimal;
import java.time.Duration;

/** Formatting shared by failure messages and log lines. */
final class Text {

    private Text() {}

    /** {@code text} on one line (a service's message may hold line breaks) and at most {@code max} characters. */
    static String oneLine(String text, int max) {
        var flat = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max) + "...";
    }

    /** {@code 250 ms}, {@code 1.5 s}. */
    static String duration(Duration duration) {
        if (duration.compareTo(Duration.ofSeconds(1)) < 0) {
            return duration.toMillis() + " ms";
        }
        var seconds = BigDecimal.valueOf(duration.toMillis()).movePointLeft(3).stripTrailingZeros();
        return seconds.toPlainString() + " s";
    }
}
