/**
 * What the application's two embedded Jetty servers (the API's and the metrics port's) do alike: start or leave
 * nothing running, say where they listen, stop.
 */
package io.devicestatus.app.jetty;
