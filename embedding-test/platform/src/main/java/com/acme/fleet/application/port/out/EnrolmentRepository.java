package com.acme.fleet.application.port.out;

import com.acme.fleet.domain.Enrolment;
import java.util.List;
import java.util.UUID;

/** The platform's own table of enrolments. */
public interface EnrolmentRepository {

    void save(Enrolment enrolment);

    /** {@code tenant}'s enrolments in device order. */
    List<Enrolment> findAll(UUID tenant);
}
