/**
 * The outbound ports on a SQL database (PostgreSQL, MariaDB, H2) through jOOQ, with the schema owned by the Flyway
 * migrations under {@code db/device-status/<vendor>}: start from {@link io.devicestatus.adapter.sql.SqlStatusStore}. Every
 * statement names its tenant, database failures become the ports' {@code ApplicationError}s
 * ({@code SqlErrors}), and the jOOQ classes are generated at build time into
 * {@code io.devicestatus.adapter.sql.schema}. Depends on the application's outbound ports and the domain; it must
 * not depend on another adapter or on {@code app}, and no jOOQ, JDBC or Flyway exception may cross a port.
 */
package io.devicestatus.adapter.sql;
