package com.acme.fleet.application.port.in;

import com.acme.fleet.domain.Enrolment;
import com.acme.fleet.domain.UpdateState;

/** The enrolment and the device's first update state. */
public record EnrolDeviceResult(Enrolment enrolment, UpdateState update) {}
