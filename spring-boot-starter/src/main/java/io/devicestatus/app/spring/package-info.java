/**
 * The Spring Boot starter: {@link io.devicestatus.app.spring.DeviceStatusAutoConfiguration} wires the application, the
 * SQL store over the platform's DataSource and, when enabled, the Graph API servlet, from the {@code device-status.*}
 * properties ({@link io.devicestatus.app.spring.DeviceStatusProperties}). A composition root like {@code app}: it may
 * depend on every module, holds no business rule, and nothing depends on it.
 */
package io.devicestatus.app.spring;
