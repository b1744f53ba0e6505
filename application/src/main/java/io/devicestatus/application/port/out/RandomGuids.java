package io.devicestatus.application.port.out;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random (version 4) GUIDs, as {@link UUID#randomUUID()} makes them but without its one shared generator: that one is
 * a {@code NativePRNG} behind a single lock, which every request thread queued on (the most contended lock of a
 * profile under load). Each thread here has its own {@code DRBG} (NIST SP 800-90A, seeded from the system's entropy
 * when the thread first asks), so ids are as unguessable and no thread waits for another. A DRBG pays a fixed cost
 * per call, so each thread draws the bytes of {@value #GUIDS_PER_DRAW} GUIDs at a time.
 */
final class RandomGuids {

    private static final int GUIDS_PER_DRAW = 32;
    private static final ThreadLocal<RandomGuids> PER_THREAD = ThreadLocal.withInitial(RandomGuids::new);

    private final SecureRandom random;
    private final byte[] drawn = new byte[GUIDS_PER_DRAW * 16];
    private int next = drawn.length;

    private RandomGuids() {
        try {
            random = SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no DRBG SecureRandom, which every Java 9+ JVM has", e);
        }
    }

    /** A new version 4 GUID in its canonical lower-case form. */
    static String next() {
        return PER_THREAD.get().guid().toString();
    }

    private UUID guid() {
        if (next == drawn.length) {
            random.nextBytes(drawn);
            next = 0;
        }
        long high = longAt(next);
        long low = longAt(next + 8);
        next += 16;
        // version 4 in the high word's bits 12-15, the IETF variant (10) in the low word's top bits
        return new UUID((high & ~0xF000L) | 0x4000L, (low & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
    }

    // by hand, not through a java.nio view: the application's allow-list keeps java.nio out of this layer
    private long longAt(int offset) {
        long value = 0;
        for (int i = offset; i < offset + 8; i++) {
            value = (value << 8) | (drawn[i] & 0xFFL);
        }
        return value;
    }
}
