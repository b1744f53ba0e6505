/**
 * The command's logging: the access log of {@code serve}, and {@code --log-level}/{@code --log-format} applied to
 * Logback, the application's one SLF4J binding.
 */
package io.devicestatus.app.logging;
