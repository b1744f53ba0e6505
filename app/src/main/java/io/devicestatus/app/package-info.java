/**
 * The composition root, {@code device-status.jar}: the commands ({@link io.devicestatus.app.DeviceStatusCommand}:
 * {@code serve}, {@code token}, {@code migrate}, {@code import}, {@code export}, {@code summary}, {@code sync}) with
 * their options, the embedded Jetty server, and the wiring of one store (SQL, memory or Graph) into the application.
 * It may depend on every module, and holds no business rule: validation, lifecycles and storage semantics live in
 * the domain, the application and the adapters. Nothing outside {@code app} may depend on it.
 */
package io.devicestatus.app;
