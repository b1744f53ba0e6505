package io.devicestatus.domain.common;

/** Something that belongs to one tenant: every scope a status lives in. */
public interface Tenanted {

    /** The tenant; never {@code null}. */
    TenantId tenant();
}
