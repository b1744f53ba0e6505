package com.acme.audit;

import java.util.ArrayList;
import java.util.List;

/** The platform's own audit library, which its application code may use. */
public final class AuditLog {
    private final List<String> entries = new ArrayList<>();

    public void record(String entry) {
        entries.add(entry);
    }

    public List<String> entries() {
        return List.copyOf(entries);
    }
}
