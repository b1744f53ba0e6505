package io.devicestatus.application.model;

/**
 * The scope of iOS update statuses: they belong to the tenant ({@code /deviceManagement/iosUpdateStatuses}), not to a
 * parent entity, so their scope has a single value.
 */
public enum TenantScope {
    TENANT
}
