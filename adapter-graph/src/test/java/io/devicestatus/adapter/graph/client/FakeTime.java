package io.devicestatus.adapter.graph.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that moves only when the client waits, and the waits it was asked for: no test really sleeps. */
final class FakeTime extends Clock implements Sleeper {

    static final Instant START = Instant.parse("2026-11-23T10:00:28Z");

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private volatile Instant now = START;

    @Override
    public void sleep(Duration wait) {
        waits.add(wait);
        now = now.plus(wait);
    }

    /** The waits, in order. */
    List<Duration> waits() {
        return List.copyOf(waits);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
