package io.devicestatus.app;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import io.devicestatus.adapter.graph.codec.GraphJson;
import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.port.in.ListStatusesQuery;
import io.devicestatus.domain.common.ApiVersion;
import io.vavr.control.Option;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code export}: one collection of a tenant (iOS update statuses, or one configuration's or one app's device
 * statuses), optionally filtered as {@code $filter} filters, as NDJSON (one entity a line) or as one Graph page
 * ({@code {"@odata.context":..., "value":[...]}}), in Graph's JSON of the chosen API version. Streams page by page in
 * constant memory. A file is written whole or not at all (under a temporary name, moved into place at the end).
 * Exit 0; 1 when the store cannot be read; 2 on usage errors.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Write one collection of a tenant's statuses as NDJSON or as a Graph page.")
final class ExportCommand implements Callable<Integer> {

    private static final int PAGE_SIZE = ListStatusesQuery.MAX_PAGE_SIZE;

    /** The output formats. */
    enum Format {
        ndjson,
        page
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    SelectionOptions selection;

    @picocli.CommandLine.Option(names = "--filter", paramLabel = "EXPR")
    String filter;

    @picocli.CommandLine.Option(names = "--format", defaultValue = "ndjson")
    Format format;

    @picocli.CommandLine.Option(names = "--api-version", defaultValue = "beta", paramLabel = "VERSION")
    String apiVersion;

    @picocli.CommandLine.Option(
            names = {"-o", "--output"},
            paramLabel = "FILE")
    Path output;

    @Override
    public Integer call() throws IOException {
        var version = io.vavr.collection.List.of(ApiVersion.values())
                .find(v -> v.pathSegment().equals(apiVersion))
                .getOrElseThrow(() -> new ParameterException(
                        spec.commandLine(), "--api-version must be v1.0 or beta, not '" + apiVersion + "'"));
        var storage = database.storage(Storage.Schema.REQUIRE_CURRENT);
        if (storage.isLeft()) {
            spec.commandLine().getErr().println("device-status: " + storage.getLeft());
            return 1;
        }
        try (var store = storage.get()) {
            return export(selection.select(store.application()), version);
        }
    }

    private <T, S, D> int export(StatusSelection<T, S, D> selected, ApiVersion version) throws IOException {
        if (selected.scope().isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "export writes one collection: name it with "
                            + (selection.type == SelectionOptions.Type.APP_INSTALL
                                    ? "--app ID [--user-status ID]"
                                    : "--configuration ID [--collection NAME]"));
        }
        if (!selected.codec().versions().contains(version)) {
            throw new ParameterException(spec.commandLine(), selection.type + " statuses exist in beta only");
        }
        StatusFilter<D> chosen = selected.filter(filter, version)
                .getOrElseThrow(message -> new ParameterException(spec.commandLine(), "--filter " + message));
        var target = output == null ? Option.<Path>none() : Option.some(output.toAbsolutePath());
        var partial = target.map(path -> path.resolveSibling(path.getFileName() + ".partial"));
        long written;
        try (JsonGenerator json = partial.isDefined()
                ? GraphJson.MAPPER
                        .getFactory()
                        .createGenerator(
                                new BufferedOutputStream(Files.newOutputStream(partial.get())), JsonEncoding.UTF8)
                // standard output's charset may not be UTF-8 (Java 17 follows the locale): escaping keeps it exact
                : GraphJson.MAPPER
                        .getFactory()
                        .createGenerator(spec.commandLine().getOut())
                        .enable(JsonGenerator.Feature.ESCAPE_NON_ASCII)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            written = write(selected, chosen, version, json);
        } catch (ExportFailed failed) {
            partial.forEach(ExportCommand::deleteQuietly);
            spec.commandLine()
                    .getErr()
                    .println("device-status: export failed, nothing written: " + failed.getMessage());
            return 1;
        }
        if (target.isDefined()) {
            Files.move(
                    partial.get(), target.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        spec.commandLine()
                .getErr()
                .println("export: " + written + " " + selection.type + " statuses of tenant " + selected.tenant()
                        + target.map(path -> " to " + path).getOrElse(""));
        return 0;
    }

    /** Every page in id order, each entity as soon as its page is read; answers how many were written. */
    private <T, S, D> long write(
            StatusSelection<T, S, D> selected, StatusFilter<D> chosen, ApiVersion version, JsonGenerator json)
            throws IOException {
        boolean page = format == Format.page;
        if (page) {
            json.writeStartObject();
            json.writeStringField(
                    "@odata.context",
                    "$metadata#" + selection.type.contextPath(selected.scope().get()));
            json.writeArrayFieldStart("value");
        }
        long written = 0;
        String cursor = null;
        do {
            var result = selected.useCases()
                    .list(new ListStatusesQuery<>(
                            selected.tenant(), selected.scope().get(), chosen, PAGE_SIZE, cursor, false, ListOrder.ID));
            if (result.isLeft()) {
                throw new ExportFailed(result.getLeft().message());
            }
            for (var status : result.get().items()) {
                json.writeTree(selected.codec().write(status.value(), version, Option.none()));
                if (!page) {
                    json.writeRaw('\n');
                }
                written++;
            }
            cursor = result.get().nextCursor().getOrNull();
        } while (cursor != null);
        if (page) {
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
        return written;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The store failed part-way: the export stops. */
    private static final class ExportFailed extends RuntimeException {
        ExportFailed(String message) {
            super(message, null, false, false);
        }
    }
}
