package io.devicestatus.application.port.out;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random (version 4) GUIDs, as {@link UUID#randomUUID()} makes them but without its one shared generator: that one is
 * a {@code NativePRNG} behind a single lock, which every request thread queued on (the most contended lock of a
 * profile under load). Each thread here has its own {@code DRBG} (NIST SP 800-90A, seeded from the system's entropy
 * when the thread first asks), so ids are as unguessable and no thread waits for another.
 */
final class RandomGuids {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(RandomGuids::newRandom);
    private static final int VERSION_BYTE = 6;
    private static final int VARIANT_BYTE = 8;

    private RandomGuids() {}

    /** A new version 4 GUID in its canonical lower-case form. */
    static String next() {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        bytes[VERSION_BYTE] = (byte) ((bytes[VERSION_BYTE] & 0x0f) | 0x40);
        bytes[VARIANT_BYTE] = (byte) ((bytes[VARIANT_BYTE] & 0x3f) | 0x80);
        var buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong()).toString();
    }

    private static SecureRandom newRandom() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no DRBG SecureRandom, which every Java 9+ JVM has", e);
        }
    }
}
