package io.devicestatus.adapter.graph;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What slf4j-simple writes while an action runs: it writes to whatever {@code System.err} is at the time. For the
 * tests that check no token reaches a log (auth and client).
 */
public final class CapturedLog {

    private CapturedLog() {}

    public static String during(Runnable action) {
        var original = System.err;
        var captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        var text = captured.toString(StandardCharsets.UTF_8);
        original.print(text);
        return text;
    }
}
