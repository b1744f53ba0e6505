package io.devicestatus.application.port.in;

/**
 * Count statuses per state value.
 *
 * @param scope the scope to count; {@code null} counts every scope, each separately
 */
public record SummarizeStatusesQuery<S>(S scope) {
}
