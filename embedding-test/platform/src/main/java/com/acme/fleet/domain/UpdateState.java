package com.acme.fleet.domain;

/**
 * Where a device's iOS update stands, as the platform reads it from device-status.
 *
 * @param statusId      device-status's id of the status
 * @param deviceId      the device
 * @param osVersion     the OS version being installed
 * @param installStatus Graph's wire name of the install status, e.g. {@code installing}
 * @param version       the status's version in device-status (1 when created, one more per change)
 */
public record UpdateState(String statusId, String deviceId, String osVersion, String installStatus, long version) {}
