package io.devicestatus.adapter.sql;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * What {@link SqlStatusStore#migrate()} did.
 *
 * @param from    the schema version found; none on an empty database
 * @param to      the schema version now
 * @param applied how many migrations ran (0 when the schema was current)
 */
public record MigrationResult(Option<String> from, String to, int applied) {

    public MigrationResult {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
