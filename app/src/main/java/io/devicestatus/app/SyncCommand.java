package io.devicestatus.app;

import io.devicestatus.adapter.graph.client.GraphCloud;
import io.devicestatus.app.importing.ImportProgress;
import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.in.ImportItemResult;
import io.devicestatus.application.port.in.ImportStatusCommand;
import io.devicestatus.application.port.in.ImportSummaryResult;
import io.devicestatus.application.port.in.ListStatusesQuery;
import io.devicestatus.application.service.StatusService;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.error.DomainError;
import io.vavr.collection.Iterator;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sync}: every status of one tenant's collections pulled from a Graph service into the local store, through
 * the import use case in report mode: a status new here is created, a newer report advances it, the same report is
 * unchanged. The client pages by {@code @odata.nextLink} and waits out throttling (429/503 with {@code Retry-After}).
 * Running it again applies nothing new; an interrupted run is simply run again. Progress: a bar on a terminal, a
 * plain line every 5 s otherwise. Exit 0 when every status was
 * applied, 1 when some were rejected or the service or store failed (what was applied stays), 2 on usage errors.
 */
@Command(
        name = "sync",
        mixinStandardHelpOptions = true,
        description = "Pull a tenant's statuses from a Graph service into the local store (create or advance).")
final class SyncCommand implements Callable<Integer> {

    private static final String WHO = "sync";
    private static final java.time.Duration PROGRESS_EVERY = java.time.Duration.ofSeconds(5);

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    GraphOptions graph;

    @Mixin
    MetricsFileOption metrics;

    @picocli.CommandLine.Option(
            names = "--type",
            required = true,
            paramLabel = "TYPE",
            converter = SelectionOptions.TypeConverter.class)
    SelectionOptions.Type type;

    @picocli.CommandLine.Option(names = "--configuration", paramLabel = "ID", split = ",")
    java.util.List<String> configurations;

    @picocli.CommandLine.Option(names = "--collection", defaultValue = "mobileAppConfigurations", paramLabel = "NAME")
    String collection;

    @picocli.CommandLine.Option(names = "--app", paramLabel = "ID", split = ",")
    java.util.List<String> apps;

    @Override
    public Integer call() {
        var url = graph.url(WHO, Option.some(GraphCloud.GLOBAL.baseUrl()));
        var tenant = graph.tenant(WHO);
        var retry = graph.retry(); // before the local store is opened, as every usage error
        long started = System.nanoTime();
        var local = database.storage(Storage.Schema.MIGRATE);
        if (local.isLeft()) {
            spec.commandLine().getErr().println("device-status: " + local.getLeft());
            return metrics.finish(
                    WHO,
                    1,
                    java.time.Duration.ofNanos(System.nanoTime() - started),
                    type.toString(),
                    java.util.Map.of(),
                    spec.commandLine().getErr());
        }
        try (var here = local.get();
                var there = graph.storage(url, tenant, retry, WHO, Clock.systemUTC())) {
            var err = spec.commandLine().getErr();
            err.println("sync: " + type + " statuses of tenant " + tenant + " from " + url.root() + " into "
                    + here.description());
            return switch (type) {
                case IOS_UPDATE ->
                    sync(
                            there.application().iosUpdates(),
                            here.application().iosUpdates(),
                            tenant,
                            List.of(TenantScope.of(tenant)));
                case APP_CONFIGURATION ->
                    sync(
                            there.application().appConfigurations(),
                            here.application().appConfigurations(),
                            tenant,
                            configurationScopes(tenant));
                case APP_INSTALL ->
                    sync(
                            there.application().appInstalls(),
                            here.application().appInstalls(),
                            tenant,
                            appScopes(tenant));
            };
        }
    }

    private <T, S, D> int sync(
            StatusService<T, S, D> from, StatusService<T, S, D> into, TenantId tenant, Seq<S> scopes) {
        var err = spec.commandLine().getErr();
        var upstream = new Upstream<>(from, tenant, scopes);
        var seen = new AtomicLong();
        long started = System.nanoTime();
        ImportSummaryResult totals;
        // the total is unknown until the last page: the bar shows items and their rate, without an ETA
        try (var progress = System.console() != null
                ? ImportProgress.bar("sync", -1, " statuses", 1)
                : ImportProgress.plain("sync", err, PROGRESS_EVERY)) {
            totals = into.importAll(tenant, upstream, (ImportItemResult<T> result) -> {
                long items = seen.incrementAndGet();
                result.result()
                        .swap()
                        .forEach(error -> err.println("sync: rejected "
                                + from.kind().graphType() + " #" + result.index() + ": " + error.message()));
                progress.update(items, items);
            });
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        err.println("sync: " + totals.total() + " statuses in " + String.format("%.1f", seconds) + " s: created "
                + totals.created() + ", advanced " + totals.advanced() + ", unchanged " + totals.unchanged()
                + ", rejected " + totals.rejected()
                + (totals.total() > 0 && totals.unchanged() == totals.total() ? " (nothing new)" : ""));
        if (upstream.failure.isDefined()) {
            err.println("device-status: sync stopped: " + upstream.failure.get() + "; the statuses above were"
                    + " applied, run sync again to go on");
        }
        int exit = upstream.failure.isDefined() || totals.rejected() > 0 ? 1 : 0;
        return metrics.finish(
                WHO,
                exit,
                java.time.Duration.ofNanos(System.nanoTime() - started),
                type.toString(),
                java.util.Map.of(
                        "created",
                        totals.created(),
                        "advanced",
                        totals.advanced(),
                        "unchanged",
                        totals.unchanged(),
                        "rejected",
                        totals.rejected()),
                err);
    }

    private Seq<ConfigurationScope> configurationScopes(TenantId tenant) {
        if (configurations == null || configurations.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "sync --type app-configuration needs --configuration ID"
                            + " (repeatable): Graph lists device statuses per configuration");
        }
        var chosen = SelectionOptions.collection(spec.commandLine(), collection);
        return List.ofAll(configurations).map(id -> scope(ConfigurationScope.of(tenant, chosen, id)));
    }

    private Seq<AppInstallScope> appScopes(TenantId tenant) {
        if (apps == null || apps.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "sync --type app-install needs --app ID (repeatable):" + " Graph lists device statuses per app");
        }
        return List.ofAll(apps).map(id -> scope(AppInstallScope.of(tenant, id, null)));
    }

    private <S> S scope(Either<DomainError, S> scope) {
        return SelectionOptions.scope(spec.commandLine(), scope);
    }

    /**
     * The upstream statuses of every scope as report items, read a page at a time as the import asks for them. A
     * failure of the service ends the items and is kept for the summary.
     */
    private static final class Upstream<T, S, D> implements java.util.Iterator<ImportStatusCommand<S, D>> {

        private final StatusService<T, S, D> from;
        private final TenantId tenant;
        private final java.util.Iterator<S> scopes;
        private Iterator<ImportStatusCommand<S, D>> page = Iterator.empty();
        private S scope;
        private String cursor;
        private boolean scopeDone = true;
        Option<String> failure = Option.none();

        Upstream(StatusService<T, S, D> from, TenantId tenant, Seq<S> scopes) {
            this.from = from;
            this.tenant = tenant;
            this.scopes = scopes.iterator();
        }

        @Override
        public boolean hasNext() {
            while (!page.hasNext() && failure.isEmpty()) {
                if (scopeDone) {
                    if (!scopes.hasNext()) {
                        return false;
                    }
                    scope = scopes.next();
                    cursor = null;
                }
                var next = from.list(new ListStatusesQuery<>(
                        tenant,
                        scope,
                        StatusFilter.any(),
                        ListStatusesQuery.MAX_PAGE_SIZE,
                        cursor,
                        false,
                        ListOrder.ID));
                if (next.isLeft()) {
                    failure = Option.some(next.getLeft().message());
                    return false;
                }
                S current = scope;
                page = next.get()
                        .items()
                        .iterator()
                        .map(stored ->
                                ImportStatusCommand.report(current, from.kind().toDraft(stored.value())));
                cursor = next.get().nextCursor().getOrNull();
                scopeDone = cursor == null;
            }
            return page.hasNext();
        }

        @Override
        public ImportStatusCommand<S, D> next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return page.next();
        }
    }
}
