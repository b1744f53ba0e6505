package com.acme.broken.domain;

import java.sql.Timestamp;
import java.time.Instant;

/** Breaks the domain's rules: a JDBC type in the model, and the system clock. */
public record BrokenDevice(String name, Timestamp retiredAt) {

    public BrokenDevice retired() {
        return new BrokenDevice(name, Timestamp.from(Instant.now()));
    }
}
