package com.acme.fleet.domain;

/** Why the platform refused a request, in words meant for its caller. */
public record FleetError(String message) {}
