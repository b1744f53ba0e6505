package io.devicestatus.adapter.sql;

import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.postgresql.PGConnection;

/**
 * Inserts on PostgreSQL with {@code COPY ... FROM STDIN (FORMAT csv)} through the driver's CopyManager: the fastest
 * way PostgreSQL loads rows, and as transactional as an INSERT (a unique violation fails the COPY, and the savepoint
 * around it undoes it). Loaded only on PostgreSQL, so the driver is needed only there.
 *
 * <p>The CSV is written here rather than with a CSV library: the format COPY reads needs four rules (every string
 * quoted, quotes doubled, an unquoted empty field is NULL, numbers as they print).
 */
final class PostgresCopy {

    private PostgresCopy() {}

    /**
     * Loads {@code records} into {@code columns} of {@code table} on {@code dsl}'s connection, with one COPY shown
     * first to {@code dsl}'s {@link CopyListener}s.
     */
    static void insert(DSLContext dsl, Table<?> table, Seq<Field<?>> columns, Seq<? extends Record> records) {
        String csv = csv(columns, records);
        // As jOOQ renders it: qualified with the store's schema when one is configured (SqlStoreOptions.schema).
        String target = dsl.render(table);
        for (var provider : dsl.configuration().executeListenerProviders()) {
            if (provider.provide() instanceof CopyListener listener) {
                listener.copying(sql(target, columns));
            }
        }
        dsl.connection(connection -> copy(connection, target, columns, csv));
    }

    /** {@code records}' values of {@code columns}, one CSV line each, as {@code COPY ... (FORMAT csv)} reads them. */
    static String csv(Seq<Field<?>> columns, Seq<? extends Record> records) {
        var csv = new StringBuilder(records.size() * 256);
        for (Record record : records) {
            boolean first = true;
            for (Field<?> column : columns) {
                if (!first) {
                    csv.append(',');
                }
                first = false;
                append(csv, databaseValue(column, record.get(column)));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** Loads {@code csv} (lines of {@link #csv}) into {@code columns} of {@code table} with one {@code COPY}. */
    static void copy(Connection connection, Table<?> table, Seq<Field<?>> columns, String csv) {
        copy(connection, table.getName(), columns, csv);
    }

    private static void copy(Connection connection, String table, Seq<Field<?>> columns, String csv) {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql(table, columns), new StringReader(csv));
        } catch (SQLException e) {
            throw new DataAccessException("COPY into " + table + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DataAccessException("COPY into " + table + " failed reading its own rows", e);
        }
    }

    private static String sql(String table, Seq<Field<?>> columns) {
        return "COPY " + table + " (" + columns.map(Field::getName).mkString(", ") + ") FROM STDIN (FORMAT csv)";
    }

    /** A column's value as the database holds it (a tenant as its GUID text), through the column's converter. */
    @SuppressWarnings("unchecked")
    private static Object databaseValue(Field<?> column, Object value) {
        return ((Converter<Object, Object>) column.getConverter()).to(value);
    }

    private static void append(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            csv.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    csv.append('"');
                }
                csv.append(c);
            }
            csv.append('"');
        } else {
            csv.append(value);
        }
    }
}
