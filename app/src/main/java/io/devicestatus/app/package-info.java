/**
 * The composition root, {@code device-status.jar}: the commands ({@link io.devicestatus.app.DeviceStatusCommand}:
 * {@code serve}, {@code token}, {@code migrate}, {@code import}, {@code export}, {@code summary}, {@code sync}) with
 * their options, the embedded Jetty server, and the wiring of one store (SQL, memory or Graph) into the application.
 * It may depend on every module, and holds no business rule: validation, lifecycles and storage semantics live in
 * the domain, the application and the adapters. Nothing outside {@code app} may depend on it.
 *
 * <p>What {@code --help} says of each option is in the resource bundle {@code io/devicestatus/app/help.properties},
 * keyed by the option's name, so that an option that several commands share is described once.
 */
package io.devicestatus.app;
