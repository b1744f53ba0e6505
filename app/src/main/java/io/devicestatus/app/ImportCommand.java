package io.devicestatus.app;

import io.devicestatus.app.importing.ImportProgress;
import io.devicestatus.app.importing.ImportType;
import io.devicestatus.app.importing.ItemDecoder;
import io.devicestatus.app.importing.ItemFeed;
import io.devicestatus.app.importing.ItemReader;
import io.devicestatus.app.importing.Rejects;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.in.ImportStatusCommand;
import io.devicestatus.domain.appconfig.ConfigurationCollection;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.common.TenantId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import}: device statuses from files (Graph pages, JSON arrays, NDJSON) into the store, for one tenant. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Import device statuses from Graph collection pages ({\"@odata.context\":...,\"value\":[...]},"
                    + " one or many files), JSON arrays, or NDJSON (one entity per line); - reads standard input.",
            "The type comes from each item's @odata.type, the page's @odata.context, or --type; one type per run."
                    + " Items are read and written one batch at a time, so inputs of any size fit in a small heap."
        },
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            "0:every item was imported (created, advanced, unchanged, or stale: older than the stored status)",
            "1:some items were rejected (see --rejects), the input could not be read to its end, or the"
                    + " database refused",
            "2:a usage error (options, unreadable files); nothing was imported"
        })
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--tenant", required = true, paramLabel = "GUID")
    String tenant;

    @Option(names = "--type", paramLabel = "TYPE")
    String type;

    @Option(names = "--configuration", paramLabel = "ID")
    String configuration;

    @Option(names = "--collection", paramLabel = "NAME", defaultValue = "mobileAppConfigurations")
    String collection;

    @Option(names = "--app", paramLabel = "ID")
    String app;

    @Option(names = "--user-status", paramLabel = "ID")
    String userStatus;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "report")
    String mode;

    @Option(names = "--rejects", paramLabel = "FILE")
    Path rejectsFile;

    @Option(names = "--progress-seconds", paramLabel = "N", defaultValue = "5")
    double progressSeconds;

    @Mixin
    DatabaseOptions database;

    @Mixin
    MetricsFileOption metrics;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import; - for standard input.")
    List<String> files;

    @Override
    public Integer call() {
        TenantId owner = TenantOption.parse(spec.commandLine(), "--tenant", tenant);
        ImportType declared = type == null
                ? null
                : ImportType.ofOption(type)
                        .orElseThrow(() -> usage("--type '" + type + "' is none of " + ImportType.optionNames()));
        var importMode = switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "report" -> ImportStatusCommand.Mode.REPORT;
            case "create" -> ImportStatusCommand.Mode.CREATE;
            default -> throw usage("--mode '" + mode + "' is neither report nor create");
        };
        if (declared != null) {
            scope(declared, owner);
        }
        var sources = sources();
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        long started = System.nanoTime();
        String typeName = declared == null ? "none" : declared.optionName();
        var opened = database.storage(Storage.Schema.MIGRATE);
        if (opened.isLeft()) {
            err.println("device-status: " + opened.getLeft());
            return metrics.finish("import", 1, Duration.ofNanos(System.nanoTime() - started), typeName, Map.of(), err);
        }
        try (var storage = opened.get();
                var reader = new ItemReader(sources);
                var rejects = new Rejects(
                        rejectsFile == null ? null : Files.newBufferedWriter(rejectsFile, StandardCharsets.UTF_8),
                        err);
                var progress = System.console() != null
                        ? ImportProgress.bar(totalBytes())
                        : ImportProgress.plain(err, Duration.ofMillis(Math.round(progressSeconds * 1000)))) {
            var decoder = new ItemDecoder(declared);
            var feed = new ItemFeed(reader, decoder, rejects, progress);
            var first = feed.next();
            ItemFeed.Totals totals;
            if (first == null) {
                totals = feed.totals();
            } else {
                var runType = decoder.runType().orElseThrow();
                var scope = scope(runType, owner);
                var application = storage.application();
                totals = switch (runType) {
                    case IOS_UPDATE ->
                        feed.importAll(application.iosUpdates(), owner, (TenantScope) scope, importMode, first);
                    case APP_CONFIGURATION ->
                        feed.importAll(
                                application.appConfigurations(), owner, (ConfigurationScope) scope, importMode, first);
                    case APP_INSTALL ->
                        feed.importAll(application.appInstalls(), owner, (AppInstallScope) scope, importMode, first);
                };
            }
            progress.close();
            if (reader.failure() != null) {
                err.println("import: stopped at " + reader.failure() + "; the items before it are committed");
            }
            out.println(summary(totals, storage.description(), owner, System.nanoTime() - started));
            return metrics.finish(
                    "import",
                    totals.rejected() > 0 || reader.failure() != null ? 1 : 0,
                    Duration.ofNanos(System.nanoTime() - started),
                    decoder.runType().map(ImportType::optionName).orElse(typeName),
                    items(totals),
                    err);
        } catch (IOException | UncheckedIOException e) {
            err.println("import: " + e.getMessage() + "; the batches before it are committed");
            return metrics.finish("import", 1, Duration.ofNanos(System.nanoTime() - started), typeName, Map.of(), err);
        }
    }

    /** The scope options as {@code type}'s scope; a usage error if they do not fit it. */
    private Object scope(ImportType type, TenantId owner) {
        requireAbsent(type, ImportType.APP_CONFIGURATION, "--configuration", configuration);
        requireAbsent(type, ImportType.APP_INSTALL, "--app", app);
        requireAbsent(type, ImportType.APP_INSTALL, "--user-status", userStatus);
        return switch (type) {
            case IOS_UPDATE -> TenantScope.of(owner);
            case APP_CONFIGURATION -> {
                if (configuration == null) {
                    throw usage("app-configuration statuses need --configuration ID (and --collection if not "
                            + "mobileAppConfigurations)");
                }
                var kind = Arrays.stream(ConfigurationCollection.values())
                        .filter(c -> c.pathSegment().equalsIgnoreCase(collection.strip()))
                        .findFirst()
                        .orElseThrow(() -> usage("--collection '" + collection + "' is neither "
                                + "mobileAppConfigurations nor iosLobAppProvisioningConfigurations"));
                yield ConfigurationScope.of(owner, kind, configuration).getOrElseThrow(e -> usage(e.message()));
            }
            case APP_INSTALL -> {
                if (app == null) {
                    throw usage("app-install statuses need --app ID (and --user-status ID if listed under one)");
                }
                yield AppInstallScope.of(owner, app, userStatus).getOrElseThrow(e -> usage(e.message()));
            }
        };
    }

    private void requireAbsent(ImportType type, ImportType owner, String option, String value) {
        if (value != null && type != owner) {
            throw usage(option + " is for " + owner.optionName() + " statuses; this import is of " + type.optionName()
                    + " statuses");
        }
    }

    private List<ItemReader.Source> sources() {
        var sources = new ArrayList<ItemReader.Source>();
        if (files.stream().filter("-"::equals).count() > 1) {
            throw usage("- (standard input) can be read only once");
        }
        for (String file : files) {
            if (file.equals("-")) {
                sources.add(new ItemReader.Source("-", () -> System.in));
            } else {
                var path = Path.of(file);
                if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                    throw usage("cannot read " + file + ": "
                            + (Files.exists(path) ? "not a readable file" : "no such file"));
                }
                sources.add(new ItemReader.Source(file, () -> Files.newInputStream(path)));
            }
        }
        return sources;
    }

    /** The size of the inputs when every one is a file, else 0 (unknown). */
    private long totalBytes() throws IOException {
        long total = 0;
        for (String file : files) {
            if (file.equals("-")) {
                return 0;
            }
            total += Files.size(Path.of(file));
        }
        return total;
    }

    /** The run's items by outcome, for {@code --metrics-file}. */
    private static Map<String, Long> items(ItemFeed.Totals totals) {
        return Map.of(
                "created",
                totals.created(),
                "advanced",
                totals.advanced(),
                "unchanged",
                totals.unchanged(),
                "stale",
                totals.stale(),
                "rejected",
                totals.rejected());
    }

    private static String summary(ItemFeed.Totals totals, String store, TenantId owner, long nanos) {
        double seconds = nanos / 1e9;
        return String.format(
                Locale.ROOT,
                "import: %d items read into %s for tenant %s: %d created, %d advanced,"
                        + " %d unchanged, %d stale, %d rejected; %.1f s, %d items/s",
                totals.read(),
                store,
                owner,
                totals.created(),
                totals.advanced(),
                totals.unchanged(),
                totals.stale(),
                totals.rejected(),
                seconds,
                Math.round(totals.read() / Math.max(seconds, 1e-3)));
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
