package com.acme.fleet.application.port.in;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A device of {@code tenant} reporting its update's install status (Graph's wire name) as of {@code reportedAt}. */
public record ReportUpdateCommand(
        UUID tenant, String deviceId, String osVersion, String installStatus, OffsetDateTime reportedAt) {}
