package io.devicestatus.adapter.sql;

import io.devicestatus.application.model.NaturalKey;
import io.devicestatus.application.model.Property;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.StatusKind;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.domain.common.GraphEnum;
import io.devicestatus.domain.common.GraphEnumType;
import io.devicestatus.domain.common.TenantId;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * How one status type maps onto its table: the one place that knows both the domain record and the generated jOOQ
 * classes. {@link JooqStatusRepository} does the rest once for all three types.
 *
 * <p>Every table leads each key and index with {@code tenant_id}: a scope is the tenant plus the
 * {@link StatusColumns#scopeColumns() scope columns}, and every condition on rows starts from {@link #within}.
 *
 * @param <T> the status type
 * @param <S> its scope
 * @param <D> its draft, which its filter reads
 * @param <R> its generated jOOQ record
 */
abstract class StatusRows<T, S, D, R extends Record> {

    private final StatusKind<T, S, D> kind;
    private final StatusColumns<R> columns;
    private final List<Tuple2<Property<D, ?>, TableField<R, String>>> filterColumns;

    /**
     * @param filterColumns the column of each {@link Property#filterable() filterable} property, holding its value as
     *                      {@link io.devicestatus.application.model.ValueType#text text}; every one must have one
     */
    StatusRows(
            StatusKind<T, S, D> kind,
            StatusColumns<R> columns,
            List<Tuple2<Property<D, ?>, TableField<R, String>>> filterColumns) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.columns = Objects.requireNonNull(columns, "columns");
        this.filterColumns = filterColumns;
        var without = kind.properties().filterable().removeAll(filterColumns.map(Tuple2::_1));
        if (!without.isEmpty()) {
            throw new IllegalStateException(kind + " has no column for its filterable " + without.mkString(", "));
        }
    }

    final StatusKind<T, S, D> kind() {
        return kind;
    }

    /** The table's columns by role. */
    final StatusColumns<R> columns() {
        return columns;
    }

    /** {@code scope}'s values for {@link StatusColumns#scopeColumns()}, in that order (its tenant is not among them). */
    abstract List<String> scopeValues(S scope);

    /** The scope of {@code tenant} that a row of {@link StatusColumns#scopeColumns()} values stands for. */
    abstract S scope(TenantId tenant, Seq<String> scopeValues);

    /** The SQL form of {@code filter}: each condition on its property's column. */
    final Condition condition(StatusFilter<D> filter) {
        return filter.conditions().map(this::onColumn).foldLeft(DSL.noCondition(), Condition::and);
    }

    private <V> Condition onColumn(StatusFilter.Condition<D, V> condition) {
        // the constructor saw to it that every filterable property has a column
        var column = filterColumns
                .find(entry -> entry._1.equals(condition.property()))
                .get()
                ._2;
        return SqlMatch.condition(
                column, condition.match(), condition.property().type()::text);
    }

    /** {@code status} as a row, every column but the version and the timestamps set. */
    abstract R toRecord(T status);

    /** The status a row holds (trusted: the schema's constraints already checked it). */
    abstract T fromRecord(R record);

    /** Every column a write sets: all but the database's own timestamps ({@code created_at}, {@code updated_at}). */
    final List<Field<?>> writtenColumns() {
        return List.of(columns().table().fields())
                .filter(field -> !field.getName().equals("created_at")
                        && !field.equals(columns().updatedAt()));
    }

    /**
     * The scope columns followed by the key columns: the natural-key unique constraint after its leading
     * {@code tenant_id}, which a lookup by key sets on its own ({@link #within}).
     */
    final List<TableField<R, String>> naturalKeyColumns() {
        return columns().scopeColumns().appendAll(columns().keyColumns());
    }

    /** A stored row as the status it holds, at its version. */
    final Versioned<T> versioned(R record) {
        return new Versioned<>(fromRecord(record), record.get(columns().version()));
    }

    /** {@code key}'s values for {@link #naturalKeyColumns()}. */
    final List<String> naturalKeyValues(NaturalKey<S> key) {
        return scopeValues(key.scope()).appendAll(key.parts());
    }

    /**
     * Rows of {@code tenant}: in {@code scope} when one is given, in every scope of the tenant otherwise. A scope of
     * another tenant holds none of its rows, so that is no row at all (the port's callers never ask for it).
     */
    final Condition within(TenantId tenant, Option<S> scope) {
        Condition ofTenant = columns().tenantId().eq(tenant);
        if (scope.isEmpty()) {
            return ofTenant;
        }
        if (!kind().tenant(scope.get()).equals(tenant)) {
            return DSL.falseCondition();
        }
        return columns()
                .scopeColumns()
                .zip(scopeValues(scope.get()))
                .map(column -> column._1.eq(column._2))
                .foldLeft(ofTenant, Condition::and);
    }

    /** Rows in {@code scope}, which names its tenant. */
    final Condition within(S scope) {
        return within(kind().tenant(scope), Option.some(scope));
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
