package com.acme.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The platform's audit trail, shared by its services (outside the hexagon, hence allowed in by the rules' test). */
public final class AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger("audit");

    public void record(String tenant, String what) {
        LOG.info("tenant {}: {}", tenant, what);
    }
}
