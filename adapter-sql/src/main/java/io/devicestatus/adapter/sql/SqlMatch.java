package io.devicestatus.adapter.sql;

import io.devicestatus.application.model.Match;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** A filter's {@link Match} on one column, in SQL. */
final class SqlMatch {

    private SqlMatch() {}

    /**
     * {@code TRUE}, {@code column IN (...)} or {@code (column IS NULL OR column NOT IN (...))}: an absent value passes
     * "not in", as OData's {@code ne} passes it.
     */
    static <V> Condition condition(Field<String> column, Match<V> match, Function<V, String> toColumn) {
        if (match instanceof Match.In<V> in) {
            return in.values().isEmpty()
                    ? DSL.falseCondition()
                    : column.in(in.values().map(toColumn).toJavaList());
        }
        if (match instanceof Match.NotIn<V> notIn) {
            return notIn.values().isEmpty()
                    ? DSL.noCondition()
                    : column.isNull()
                            .or(column.notIn(notIn.values().map(toColumn).toJavaList()));
        }
        return DSL.noCondition();
    }
}
