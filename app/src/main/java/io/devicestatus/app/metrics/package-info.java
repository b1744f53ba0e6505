/**
 * Metrics of the device-status command: Micrometer meters in a Prometheus registry, served on a port of their own by
 * {@code serve} ({@link io.devicestatus.app.metrics.MetricsServer}) and written to a file by {@code import} and
 * {@code sync} ({@link io.devicestatus.app.metrics.RunMetrics}). The meters are documented in the README's
 * operations section.
 */
package io.devicestatus.app.metrics;
