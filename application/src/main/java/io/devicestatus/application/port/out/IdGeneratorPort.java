package io.devicestatus.application.port.out;

import java.util.UUID;

/** Mints the id of a new status. Implementations are thread-safe and never return the same id twice. */
@FunctionalInterface
public interface IdGeneratorPort {

    /** A new id: not blank, at most 128 characters. */
    String newId();

    /** Graph's form: a random (version 4) UUID string, e.g. {@code 63a79499-9499-63a7-9994-a7639994a763}. */
    static IdGeneratorPort randomUuids() {
        return () -> UUID.randomUUID().toString();
    }
}
