package io.devicestatus.adapter.sql;

import io.devicestatus.application.model.NaturalKey;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.StatusKind;
import io.devicestatus.domain.common.GraphEnum;
import io.devicestatus.domain.common.GraphEnumType;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.OffsetDateTime;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * How one status type maps onto its table: the one place that knows both the domain record and the generated jOOQ
 * classes. {@link JooqStatusRepository} does the rest once for all three types.
 *
 * @param <T> the status type
 * @param <S> its scope
 * @param <F> its list filter
 * @param <R> its generated jOOQ record
 */
interface StatusRows<T, S, F extends StatusFilter<T>, R extends Record> {

    StatusKind<T, S, ?, F> kind();

    Table<R> table();

    TableField<R, String> id();

    TableField<R, Long> version();

    TableField<R, OffsetDateTime> updatedAt();

    /** The ticks column of the {@link StatusKind#reportTime report time}: what the report-time orders sort by. */
    TableField<R, Long> reportTicks();

    /** The columns holding the scope, in a fixed order; none for a tenant-wide type. */
    List<TableField<R, String>> scopeColumns();

    /** {@code scope}'s values for {@link #scopeColumns()}, in that order. */
    List<String> scopeValues(S scope);

    /** The scope a row of {@link #scopeColumns()} values stands for. */
    S scope(Seq<String> scopeValues);

    /** The columns holding the natural key's parts, in {@link NaturalKey#parts()} order. */
    List<TableField<R, String>> keyColumns();

    /** The state properties' columns, by Graph property name, as summaries count them. */
    List<Tuple2<String, TableField<R, String>>> stateColumns();

    /** The SQL form of {@code filter}. */
    Condition condition(F filter);

    /** {@code status} as a row, every column but {@link #version()} and the timestamps set. */
    R toRecord(T status);

    /** The status a row holds (trusted: the schema's constraints already checked it). */
    T fromRecord(R record);

    /** Every column a write sets: all but the database's own timestamps ({@code created_at}, {@code updated_at}). */
    default List<Field<?>> writtenColumns() {
        return List.of(table().fields())
                .filter(field -> !field.getName().equals("created_at") && !field.equals(updatedAt()));
    }

    /** The scope columns followed by the key columns: the natural-key unique constraint. */
    default List<Field<?>> naturalKeyColumns() {
        return List.<Field<?>>ofAll(scopeColumns()).appendAll(keyColumns());
    }

    /** {@code key}'s values for {@link #naturalKeyColumns()}. */
    default List<Object> naturalKeyValues(NaturalKey<S> key) {
        return List.<Object>ofAll(scopeValues(key.scope())).appendAll(key.parts());
    }

    /** Rows in {@code scope}, or in every scope. */
    default Condition scopeCondition(Option<S> scope) {
        return scope.map(s -> scopeColumns().zip(scopeValues(s))
                        .map(column -> column._1.eq(column._2))
                        .foldLeft(DSL.noCondition(), Condition::and))
                .getOrElse(DSL.noCondition());
    }

    /** A stored wire name as its enum member; the schema's CHECK constraint guarantees it is one. */
    static <E extends Enum<E> & GraphEnum> E member(GraphEnumType<E> type, String column, String wireName) {
        var parsed = type.parse(column, wireName);
        if (parsed.isInvalid()) {
            throw new IllegalStateException("the database holds a value the domain does not know"
                    + " (is the schema newer than the library?): " + parsed.getError());
        }
        return parsed.get();
    }

    static String textOrNull(Option<?> value) {
        return value.map(Object::toString).getOrNull();
    }
}
