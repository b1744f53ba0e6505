/**
 * A platform embedding device-status, as a consumer of the architecture rules sees it: {@code com.acme.fleet}
 * follows the hexagon in the parts it has (no outbound ports, no {@code adapter} package; a {@code web} and a
 * {@code persistence} package of its own), its service calls device-status' use cases, and its application uses the
 * platform's {@code com.acme.audit} library. {@code com.acme.broken} has the same shape and breaks the rules.
 * {@code com.acme.fleet.FleetArchitectureTest} is the README's example; {@code ConsumerFixtureTest} asserts both.
 */
package com.acme;
