package io.devicestatus.application.port.out;

/** Mints the id of a new status. Implementations are thread-safe and never return the same id twice. */
@FunctionalInterface
public interface IdGeneratorPort {

    /** A new id: not blank, at most 128 characters. */
    String newId();

    /**
     * Graph's form: a random (version 4) UUID string, e.g. {@code 63a79499-9499-43a7-9994-a7639994a763}, from a
     * cryptographically strong generator per thread (so threads minting ids do not wait on each other).
     */
    static IdGeneratorPort randomUuids() {
        return RandomGuids::next;
    }
}
