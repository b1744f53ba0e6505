package com.acme.fleet.application.port.in;

import com.acme.fleet.domain.Enrolment;
import com.acme.fleet.domain.UpdateState;
import java.util.List;

/** The tenant's enrolments and its devices' update states, each in device order. */
public record ListFleetResult(List<Enrolment> enrolments, List<UpdateState> updates) {}
