package io.devicestatus.adapter.sql;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Proof that the adapter never sends a statement that could reach another tenant's rows: installed on the store of
 * every vendor suite ({@link TestSchema}), it refuses any statement on a status table that does not name a tenant.
 *
 * <ul>
 *   <li>SELECT, UPDATE, DELETE: every reference to a status table (every FROM, every UNION branch, every subquery)
 *       is followed, before the next reference, by a WHERE holding {@code tenant_id =} or {@code tenant_id in}.</li>
 *   <li>INSERT and COPY: the column list holds {@code tenant_id} (the column has no default, so it is also the value
 *       written).</li>
 * </ul>
 *
 * <p>It reads the SQL text jOOQ renders: enough to catch a statement built without {@link StatusRows#within}, the one
 * place conditions start from; it does not prove that no OR around the predicate weakens it, which that one place
 * rules out. A refusal throws an {@link AssertionError} at once (which nothing in the adapter catches) and is kept,
 * so that {@link #assertClean()} after each test fails it even had something swallowed the error.
 */
final class TenantAudit implements ExecuteListener, CopyListener {

    /** A status table used as a table: its name not followed by a dot (a qualified column is no reference). */
    private static final Pattern TABLE =
            Pattern.compile("\\b(ios_update_status|app_configuration_status|app_install_status)\\b(?!\\.)");

    private static final Pattern WHERE_TENANT =
            Pattern.compile("\\bwhere\\b.*?\\btenant_id\\s*(=|in\\b)", Pattern.DOTALL);
    private static final Pattern COLUMN_LIST = Pattern.compile(
            "^(?:insert\\s+into|copy)\\s+(?:\\w+\\.)?(?:ios_update_status|app_configuration_status|app_install_status)"
                    + "\\s*\\(([^)]*)\\)",
            Pattern.DOTALL);

    private final List<String> refused = new CopyOnWriteArrayList<>();
    /** Statements on status tables seen, so that a test can show the audit is wired in at all. */
    private final AtomicLong checked = new AtomicLong();

    @Override
    public void executeStart(ExecuteContext ctx) {
        String[] batch = ctx.batchSQL();
        if (batch.length > 0) {
            for (String sql : batch) {
                check(sql);
            }
        } else if (ctx.sql() != null) {
            check(ctx.sql());
        }
    }

    @Override
    public void copying(String sql) {
        check(sql);
    }

    /** How many statements on status tables the audit has checked. */
    long checked() {
        return checked.get();
    }

    /** Fails with every statement refused since the last call, and forgets them. */
    void assertClean() {
        if (!refused.isEmpty()) {
            var found = List.copyOf(refused);
            refused.clear();
            throw new AssertionError(
                    "statements without a tenant_id predicate were sent:\n  " + String.join("\n  ", found));
        }
    }

    private void check(String sql) {
        if (TABLE.matcher(sql.toLowerCase(Locale.ROOT)).find()) {
            checked.incrementAndGet();
        }
        problem(sql).ifPresent(problem -> {
            String refusal = problem + ": " + sql;
            refused.add(refusal);
            throw new AssertionError("tenant audit: " + refusal);
        });
    }

    /** Why {@code sql} could reach another tenant's rows; empty when it names its tenant or no status table. */
    static Optional<String> problem(String sql) {
        String text =
                sql.toLowerCase(Locale.ROOT).replace("\"", "").replace("`", "").strip();
        var references = TABLE.matcher(text);
        if (!references.find()) {
            return Optional.empty();
        }
        if (text.startsWith("insert") || text.startsWith("copy")) {
            var columns = COLUMN_LIST.matcher(text);
            return columns.find()
                            && Pattern.compile("\\btenant_id\\b")
                                    .matcher(columns.group(1))
                                    .find()
                    ? Optional.empty()
                    : Optional.of("an insert without tenant_id");
        }
        if (!text.startsWith("select")
                && !text.startsWith("update")
                && !text.startsWith("delete")
                && !text.startsWith("with")
                && !text.startsWith("(")) {
            return Optional.of("a statement the audit does not know on a status table");
        }
        do {
            int start = references.end();
            int end = references.find() ? references.start() : text.length();
            String segment = text.substring(start, end);
            if (!WHERE_TENANT.matcher(segment).find()) {
                return Optional.of("a use of a status table without a tenant_id predicate");
            }
            references.region(end, text.length());
        } while (references.find());
        return Optional.empty();
    }
}
