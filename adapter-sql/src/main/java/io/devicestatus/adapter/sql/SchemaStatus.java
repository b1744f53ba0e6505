package io.devicestatus.adapter.sql;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Where a database's schema stands against this library's migrations, read without changing anything.
 *
 * @param current the schema version applied; none on a database the library never migrated
 * @param latest  the newest version this library's migrations reach
 * @param pending the migrations this library would apply, oldest first, each as {@code version description}
 * @param newer   migrations applied by a newer release that this library does not know; not empty means this
 *                release must not use the database
 */
public record SchemaStatus(Option<String> current, String latest, Seq<String> pending, Seq<String> newer) {

    public SchemaStatus {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(newer, "newer");
    }

    /** Whether this release can use the schema as it is: nothing pending, nothing newer. */
    public boolean upToDate() {
        return pending.isEmpty() && newer.isEmpty();
    }

    /** The schema version in words: {@code 2}, or {@code none (empty database)}. */
    public String currentText() {
        return current.getOrElse("none (empty database)");
    }
}
