-- A platform's own first migration, run by the platform's own Flyway (default history table) in the schema the
-- device-status tables share: EmbeddingChecks.
CREATE TABLE platform_thing (
    id   integer NOT NULL,
    name varchar(64) NOT NULL,
    CONSTRAINT platform_thing_pk PRIMARY KEY (id)
);
INSERT INTO platform_thing (id, name) VALUES (1, 'the platform''s own row');
