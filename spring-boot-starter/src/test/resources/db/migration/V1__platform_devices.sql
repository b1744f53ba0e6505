-- The platform's own table, migrated by the platform's own Flyway (Boot's) into the schema device-status uses too.
CREATE TABLE platform_device (
    id varchar(64) NOT NULL,
    CONSTRAINT platform_device_pk PRIMARY KEY (id)
);
