package io.devicestatus.app.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devicestatus.adapter.graph.codec.GraphJson;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.domain.error.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Where rejected items go: one NDJSON line each in the {@code --rejects} file
 * ({@code {"file":...,"line"|"index":...,"errors":[{"field":...,"value":...,"message":...}],"item":...}}), in the
 * order they were found; without a file, the first few as text on standard error.
 */
public final class Rejects implements AutoCloseable {

    /** Rejects shown on standard error when there is no rejects file. */
    static final int SHOWN_WITHOUT_FILE = 10;

    private final Writer file;
    private final PrintWriter err;
    private long count;

    /** @param file the rejects file, or {@code null}; {@code err} standard error */
    public Rejects(Writer file, PrintWriter err) {
        this.file = file;
        this.err = err;
    }

    /** An item refused for {@code violations}. */
    public void reject(InputPosition position, Seq<Violation> violations, JsonNode item) {
        write(position, violations.map(Rejects::json), violations.mkString("; "), item);
    }

    /** An item the use case refused. */
    public void reject(InputPosition position, ApplicationError error, JsonNode item) {
        if (error instanceof ApplicationError.Invalid invalid) {
            reject(position, invalid.violations(), item);
        } else {
            var json = JsonNodeFactory.instance.objectNode();
            json.put("error", error.getClass().getSimpleName());
            json.put("message", error.message());
            write(position, List.of(json), error.message(), item);
        }
    }

    public long count() {
        return count;
    }

    private void write(InputPosition position, Seq<ObjectNode> errors, String text, JsonNode item) {
        count++;
        if (file == null) {
            if (count <= SHOWN_WITHOUT_FILE) {
                err.println("import: rejected " + position + ": " + text);
            } else if (count == SHOWN_WITHOUT_FILE + 1) {
                err.println("import: more items rejected; --rejects FILE keeps them all");
            }
            return;
        }
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        position.writeTo(line);
        ArrayNode array = line.putArray("errors");
        errors.forEach(array::add);
        line.set("item", item);
        try {
            file.write(GraphJson.MAPPER.writeValueAsString(line));
            file.write('\n');
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejects file: " + e.getMessage(), e);
        }
    }

    private static ObjectNode json(Violation violation) {
        var json = JsonNodeFactory.instance.objectNode();
        json.put("field", violation.field());
        violation.rejectedValue().forEach(value -> json.put("value", value));
        json.put("message", violation.message());
        return json;
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }
}
