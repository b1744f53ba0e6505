/**
 * What the application needs from the world. Every adapter of these ports proves its behaviour by extending the
 * contract kit in this module's test-jar ({@code io.devicestatus.application.contract}).
 */
package io.devicestatus.application.port.out;
