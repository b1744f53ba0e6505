package io.devicestatus.adapter.sql;

import io.devicestatus.adapter.sql.schema.DefaultSchema;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Index;
import org.jooq.Key;
import org.jooq.Table;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/** The status tables as the database describes them (jOOQ's meta data), for the schema and migration tests. */
final class RealTables {

    private final DSLContext dsl;
    private final SqlVendor vendor;
    private final String schemaName;

    RealTables(DataSource dataSource, SqlVendor vendor, String schemaName) {
        this.dsl = DSL.using(
                dataSource,
                vendor.dialect(),
                new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED));
        this.vendor = vendor;
        this.schemaName = schemaName;
    }

    /** The real table the generated class {@code generated} stands for. */
    Table<?> table(Table<?> generated) {
        return dsl.meta().getTables().stream()
                .filter(table -> table.getName().equalsIgnoreCase(generated.getName()))
                .filter(table -> table.getSchema() == null
                        || vendor == SqlVendor.H2
                        || schemaName.equalsIgnoreCase(table.getSchema().getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table " + generated.getName() + " in " + schemaName));
    }

    /** Every generated status table. */
    static List<Table<?>> generated() {
        return List.ofAll(DefaultSchema.DEFAULT_SCHEMA.getTables()).filter(t -> SqlSchema.TABLES.contains(t.getName()));
    }

    /** The columns of the primary key, of each unique key and of each index of {@code table}, named, lower case. */
    static List<Tuple2<String, List<String>>> keysAndIndexes(Table<?> table) {
        var primary = List.of(Tuple.of("primary key", columns(table.getPrimaryKey())));
        var unique = List.ofAll(table.getUniqueKeys()).map(key -> Tuple.of(lower(key.getName()), columns(key)));
        var indexes = List.ofAll(table.getIndexes()).map(RealTables::nameAndColumns);
        return primary.appendAll(unique).appendAll(indexes);
    }

    /** An index's name and its columns in order, in lower case. */
    static Tuple2<String, List<String>> nameAndColumns(Index index) {
        return Tuple.of(lower(index.getName()), List.ofAll(index.getFields()).map(field -> lower(field.getName())));
    }

    static List<String> columns(Key<?> key) {
        return List.ofAll(key.getFields()).map(Field::getName).map(RealTables::lower);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
