-- The platform's own table, in the same schema as device-status's tables, migrated by the platform's own Flyway.
CREATE TABLE enrolment (
    tenant_id uuid         NOT NULL,
    device_id varchar(128) NOT NULL,
    owner     varchar(256) NOT NULL,
    CONSTRAINT enrolment_pk PRIMARY KEY (tenant_id, device_id)
);
