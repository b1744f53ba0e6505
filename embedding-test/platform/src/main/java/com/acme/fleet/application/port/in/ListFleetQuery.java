package com.acme.fleet.application.port.in;

import java.util.UUID;

/** The fleet of {@code tenant}, and of no other tenant. */
public record ListFleetQuery(UUID tenant) {}
