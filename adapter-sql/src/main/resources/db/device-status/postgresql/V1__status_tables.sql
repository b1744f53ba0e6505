-- Device statuses, one table per Graph entity type (PostgreSQL). jOOQ's classes are generated from this file.
--
-- Conventions, the same on every vendor:
-- * Text lengths count code points (H2's count UTF-16 units, so its script doubles them); ids and natural-key parts
--   compare case-sensitively and binary (COLLATE "C" here), so ids list in code-point order.
-- * Enum columns hold Graph's wire name; a CHECK constraint lists the names the domain knows.
-- * A DateTimeOffset is two columns: *_ticks, 100-ns ticks since 1970-01-01T00:00Z, and *_offset, the offset it was
--   received with in seconds. Both are exact on every vendor (PostgreSQL and MariaDB keep only 6 fractional digits).
-- * version counts writes from 1 (optimistic locking); created_at and updated_at are the database's clock.
-- * Every constraint and index is named, so errors name them the same way on every vendor.


-- iosUpdateDeviceStatus (/deviceManagement/iosUpdateStatuses): tenant-wide; natural key deviceId.
CREATE TABLE ios_update_status (
    id                                          varchar(128) COLLATE "C" NOT NULL,
    install_status                              varchar(64) NOT NULL,
    os_version                                  varchar(128),
    device_id                                   varchar(128) COLLATE "C",
    user_id                                     varchar(128),
    device_display_name                         varchar(256),
    user_name                                   varchar(256),
    device_model                                varchar(256),
    platform                                    integer NOT NULL,
    compliance_grace_period_expiration_ticks    bigint NOT NULL,
    compliance_grace_period_expiration_offset   integer NOT NULL,
    status                                      varchar(32) NOT NULL,
    last_reported_ticks                         bigint NOT NULL,
    last_reported_offset                        integer NOT NULL,
    user_principal_name                         varchar(256),
    version                                     bigint NOT NULL,
    created_at                                  timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at                                  timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT ios_update_status_pk PRIMARY KEY (id),
    CONSTRAINT ios_update_status_natural_key_uq UNIQUE (device_id),
    CONSTRAINT ios_update_status_version_ck CHECK (version >= 1),
    CONSTRAINT ios_update_status_grace_offset_ck CHECK (compliance_grace_period_expiration_offset BETWEEN -64800 AND 64800),
    CONSTRAINT ios_update_status_reported_offset_ck CHECK (last_reported_offset BETWEEN -64800 AND 64800),
    CONSTRAINT ios_update_status_install_status_ck CHECK (install_status IN (
        'mdmClientCrashed', 'timeout', 'downloading', 'downloadFailed', 'downloadRequiresComputer',
        'downloadInsufficientSpace', 'downloadInsufficientPower', 'downloadInsufficientNetwork',
        'installing', 'installInsufficientSpace', 'installInsufficientPower', 'installPhoneCallInProgress',
        'installFailed', 'notSupportedOperation', 'sharedDeviceUserLoggedInError', 'updateError',
        'deviceOsHigherThanDesiredOsVersion', 'updateScanFailed', 'success', 'available', 'idle', 'unknown')),
    CONSTRAINT ios_update_status_status_ck CHECK (status IN (
        'unknown', 'notApplicable', 'compliant', 'remediated', 'nonCompliant', 'error', 'conflict',
        'notAssigned'))
);
CREATE INDEX ios_update_status_install_status_ix ON ios_update_status (install_status, id);
CREATE INDEX ios_update_status_status_ix ON ios_update_status (status, id);

-- managedDeviceMobileAppConfigurationDeviceStatus (.../{configurationCollection}/{configurationId}/deviceStatuses);
-- natural key: the configuration, deviceDisplayName and userPrincipalName (Graph gives it no device id).
CREATE TABLE app_configuration_status (
    id                                          varchar(128) COLLATE "C" NOT NULL,
    configuration_collection                    varchar(64) NOT NULL,
    configuration_id                            varchar(128) COLLATE "C" NOT NULL,
    device_display_name                         varchar(256),
    user_name                                   varchar(256),
    device_model                                varchar(256),
    platform                                    integer NOT NULL,
    compliance_grace_period_expiration_ticks    bigint NOT NULL,
    compliance_grace_period_expiration_offset   integer NOT NULL,
    status                                      varchar(32) NOT NULL,
    last_reported_ticks                         bigint NOT NULL,
    last_reported_offset                        integer NOT NULL,
    user_principal_name                         varchar(256),
    version                                     bigint NOT NULL,
    created_at                                  timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at                                  timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT app_configuration_status_pk PRIMARY KEY (id),
    CONSTRAINT app_configuration_status_natural_key_uq UNIQUE (configuration_collection, configuration_id, device_display_name, user_principal_name),
    CONSTRAINT app_configuration_status_version_ck CHECK (version >= 1),
    CONSTRAINT app_configuration_status_grace_offset_ck CHECK (compliance_grace_period_expiration_offset BETWEEN -64800 AND 64800),
    CONSTRAINT app_configuration_status_reported_offset_ck CHECK (last_reported_offset BETWEEN -64800 AND 64800),
    CONSTRAINT app_configuration_status_configuration_collection_ck CHECK (configuration_collection IN (
        'mobileAppConfigurations', 'iosLobAppProvisioningConfigurations')),
    CONSTRAINT app_configuration_status_status_ck CHECK (status IN (
        'unknown', 'notApplicable', 'compliant', 'remediated', 'nonCompliant', 'error', 'conflict',
        'notAssigned'))
);
CREATE INDEX app_configuration_status_scope_ix ON app_configuration_status (configuration_collection, configuration_id, id);
CREATE INDEX app_configuration_status_scope_status_ix ON app_configuration_status (configuration_collection, configuration_id, status, id);

-- mobileAppInstallStatus (/mobileApps/{mobileAppId}[/userStatuses/{userStatusId}]/deviceStatuses); natural key: the
-- scope and deviceId. user_status_id is '' for a status listed directly under the app (ids are never blank), so
-- that the unique constraint holds for it too: NULLs would never collide.
CREATE TABLE app_install_status (
    id                                          varchar(128) COLLATE "C" NOT NULL,
    mobile_app_id                               varchar(128) COLLATE "C" NOT NULL,
    user_status_id                              varchar(128) COLLATE "C" NOT NULL,
    device_name                                 varchar(256),
    device_id                                   varchar(128) COLLATE "C",
    last_sync_ticks                             bigint NOT NULL,
    last_sync_offset                            integer NOT NULL,
    install_state                               varchar(32) NOT NULL,
    install_state_detail                        varchar(64) NOT NULL,
    error_code                                  integer NOT NULL,
    os_version                                  varchar(128),
    os_description                              varchar(1024),
    user_name                                   varchar(256),
    user_principal_name                         varchar(256),
    display_version                             varchar(128),
    version                                     bigint NOT NULL,
    created_at                                  timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at                                  timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT app_install_status_pk PRIMARY KEY (id),
    CONSTRAINT app_install_status_natural_key_uq UNIQUE (mobile_app_id, user_status_id, device_id),
    CONSTRAINT app_install_status_version_ck CHECK (version >= 1),
    CONSTRAINT app_install_status_sync_offset_ck CHECK (last_sync_offset BETWEEN -64800 AND 64800),
    CONSTRAINT app_install_status_install_state_ck CHECK (install_state IN (
        'notApplicable', 'installed', 'failed', 'notInstalled', 'uninstallFailed', 'pendingInstall', 'unknown')),
    CONSTRAINT app_install_status_install_state_detail_ck CHECK (install_state_detail IN (
        'noAdditionalDetails', 'dependencyFailedToInstall', 'dependencyWithRequirementsNotMet',
        'dependencyPendingReboot', 'dependencyWithAutoInstallDisabled', 'supersededAppUninstallFailed',
        'supersededAppUninstallPendingReboot', 'removingSupersededApps', 'iosAppStoreUpdateFailedToInstall',
        'vppAppHasUpdateAvailable', 'userRejectedUpdate', 'uninstallPendingReboot',
        'supersedingAppsDetected', 'supersededAppsDetected', 'seeInstallErrorCode', 'autoInstallDisabled',
        'managedAppNoLongerPresent', 'userRejectedInstall', 'userIsNotLoggedIntoAppStore',
        'untargetedSupersedingAppsDetected', 'appRemovedBySupersedence', 'seeUninstallErrorCode',
        'pendingReboot', 'installingDependencies', 'contentDownloaded', 'supersedingAppsNotApplicable',
        'powerShellScriptRequirementNotMet', 'registryRequirementNotMet', 'fileSystemRequirementNotMet',
        'platformNotApplicable', 'minimumCpuSpeedNotMet', 'minimumLogicalProcessorCountNotMet',
        'minimumPhysicalMemoryNotMet', 'minimumOsVersionNotMet', 'minimumDiskSpaceNotMet',
        'processorArchitectureNotApplicable'))
);
CREATE INDEX app_install_status_scope_ix ON app_install_status (mobile_app_id, user_status_id, id);
CREATE INDEX app_install_status_scope_install_state_ix ON app_install_status (mobile_app_id, user_status_id, install_state, id);
