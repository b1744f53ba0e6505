package io.devicestatus.app;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.devicestatus.adapter.graph.codec.GraphJson;
import io.devicestatus.application.model.StateCount;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.in.SummarizeStatusesQuery;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.vavr.collection.Seq;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code summary}: how many of a tenant's statuses have each value of each state property, per scope: a table for
 * people, {@code --json} for scripts. Reads only; the schema must be current. Exit 0, or 1 when the store cannot be
 * used, 2 on usage errors.
 */
@Command(
        name = "summary",
        mixinStandardHelpOptions = true,
        description = "Count a tenant's statuses per state value, per scope (a table, or --json).")
final class SummaryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    SelectionOptions selection;

    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() {
        var storage = database.storage(Storage.Schema.REQUIRE_CURRENT);
        if (storage.isLeft()) {
            spec.commandLine().getErr().println("device-status: " + storage.getLeft());
            return 1;
        }
        try (var store = storage.get()) {
            return summarize(selection.select(store.application()));
        }
    }

    private <T, S> int summarize(StatusSelection<T, S, ?> selected) {
        var summary = selected.useCases()
                .summarize(new SummarizeStatusesQuery<>(
                        selected.tenant(), selected.scope().getOrNull()));
        if (summary.isLeft()) {
            spec.commandLine()
                    .getErr()
                    .println("device-status: " + summary.getLeft().message());
            return 1;
        }
        var out = spec.commandLine().getOut();
        var counts = summary.get().counts();
        if (json) {
            printJson(out, selected, counts);
        } else {
            printTable(out, counts);
        }
        out.flush();
        return 0;
    }

    private void printJson(PrintWriter out, StatusSelection<?, ?, ?> selected, Seq<? extends StateCount<?>> counts) {
        var document = JsonNodeFactory.instance.objectNode();
        document.put("tenant", selected.tenant().toString());
        document.put("type", selection.type.toString());
        var rows = document.putArray("counts");
        counts.forEach(count -> rows.addObject()
                .put("scope", scopeText(count.scope()))
                .put("property", count.property())
                .put("value", count.value())
                .put("count", count.count()));
        out.println(GraphJson.MAPPER.valueToTree(document).toString());
    }

    private static void printTable(PrintWriter out, Seq<? extends StateCount<?>> counts) {
        if (counts.isEmpty()) {
            out.println("no statuses");
            return;
        }
        var rows = counts.map(
                        c -> new String[] {scopeText(c.scope()), c.property(), c.value(), Long.toString(c.count())})
                .prepend(new String[] {"SCOPE", "PROPERTY", "VALUE", "COUNT"});
        int[] widths = new int[4];
        rows.forEach(row -> {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        });
        rows.forEach(row -> out.println(String.format(
                        "%-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %" + widths[3] + "s",
                        (Object[]) row)
                .stripTrailing()));
    }

    /** A scope as its Graph path under the tenant: {@code mobileApps/app-1/userStatuses/u-1}. */
    static String scopeText(Object scope) {
        if (scope instanceof ConfigurationScope configuration) {
            return configuration.collection().pathSegment() + "/" + configuration.configurationId();
        }
        if (scope instanceof AppInstallScope install) {
            return "mobileApps/" + install.mobileAppId()
                    + install.userStatusId()
                            .map(user -> "/userStatuses/" + user)
                            .getOrElse("");
        }
        if (scope instanceof TenantScope) {
            return "deviceManagement";
        }
        throw new IllegalArgumentException("not a scope: " + scope);
    }
}
