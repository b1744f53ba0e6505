package io.devicestatus.app.importing;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The items of one or more inputs, one at a time, with Jackson's streaming parser: each input is a JSON array of
 * entities, Graph collection pages ({@code {"@odata.context": ..., "value": [...], "@odata.nextLink": ...}}), or
 * entities one after another (NDJSON). The form is taken from the first token of the input and, for an object, from
 * its first property that is not an annotation: {@code value} holding an array makes it a page. Only the item being
 * read is held. An item that is not a JSON object, or repeats a property, is handed on with its problem, to be
 * rejected alone; where the input cannot be read on (bad JSON, cut short) {@link #failure()} says where and reading
 * ends.
 */
public final class ItemReader implements AutoCloseable {

    /** One input: its name as positions give it, and how to open it. */
    public record Source(String name, Opener opener) {}

    /** Opens an input. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * One item read.
     *
     * @param position    where it is in the input
     * @param json        the item as given
     * @param contextType the {@code @odata.context} of its page, or {@code null}
     * @param problem     why it cannot be imported before even looking at its properties, or {@code null}
     */
    public record Item(InputPosition position, JsonNode json, String contextType, String problem) {}

    /** Reads one value after another; a repeated property is found by {@link #readObject}, rejecting its item. */
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final Iterator<Source> sources;
    private final AtomicLong bytesRead = new AtomicLong();
    private Source source;
    private JsonParser parser;
    private int pages;
    private boolean inArray; // reading a plain array or a page's value
    private ObjectNode pageHead; // the annotations before a page's value
    private long arrayIndex;
    private String pageContext;
    private String failure;

    public ItemReader(List<Source> sources) {
        this.sources = List.copyOf(sources).iterator();
    }

    /** The bytes read from all inputs so far. */
    public long bytesRead() {
        return bytesRead.get();
    }

    /** Where and why reading stopped early, or {@code null}. */
    public String failure() {
        return failure;
    }

    /** The next item, or {@code null} at the end of the inputs or after a {@link #failure()}. */
    public Item next() {
        while (failure == null) {
            try {
                if (parser == null && !openNext()) {
                    return null;
                }
                Item item = inArray ? nextInArray() : nextAtRoot();
                if (item != null) {
                    return item;
                }
            } catch (JsonProcessingException e) {
                var at = e.getLocation();
                failure =
                        source.name() + (at == null ? "" : ", line " + at.getLineNr() + ", column " + at.getColumnNr())
                                + ": not valid JSON, cannot read on: " + e.getOriginalMessage();
            } catch (IOException | UncheckedIOException e) {
                failure = source.name() + ": cannot be read: " + e.getMessage();
            }
        }
        return null;
    }

    private boolean openNext() throws IOException {
        if (!sources.hasNext()) {
            return false;
        }
        source = sources.next();
        parser = MAPPER.createParser(new Counting(source.opener().open(), bytesRead));
        pages = 0;
        return true;
    }

    /** The next root value: an entity (NDJSON), a page (whose items follow), an array, or the end of this input. */
    private Item nextAtRoot() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            parser.close();
            parser = null;
            return null;
        }
        long line = parser.currentTokenLocation().getLineNr();
        if (token == JsonToken.START_ARRAY) {
            inArray = true;
            arrayIndex = 0;
            pageContext = null;
            return null;
        }
        if (token != JsonToken.START_OBJECT) {
            return new Item(
                    InputPosition.line(source.name(), line), parser.readValueAsTree(), null, notAnObject(token));
        }
        var object = readObject(true);
        if (object == null) { // a page: its items follow
            inArray = true;
            arrayIndex = 0;
            pages++;
            pageContext = pageHead.path("@odata.context").isTextual()
                    ? pageHead.get("@odata.context").textValue()
                    : null;
            return null;
        }
        return object.toItem(InputPosition.line(source.name(), line), null);
    }

    /** The object's properties so far, and the first one it repeats. */
    private record Read(ObjectNode json, String repeated) {
        Item toItem(InputPosition position, String context) {
            return new Item(position, json, context, repeated == null ? null : "repeats property '" + repeated + "'");
        }
    }

    /**
     * The object whose {@code START_OBJECT} was just read, property by property (a repeated one is noted; the first
     * value stays). With {@code pageAllowed}, {@code null} when the object turns out to be a page: its annotations
     * are in {@link #pageHead} and the parser is at the start of its {@code value} array.
     */
    private Read readObject(boolean pageAllowed) throws IOException {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        String repeated = null;
        boolean annotationsOnly = true;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            token = parser.nextToken();
            if (pageAllowed && annotationsOnly && name.equals("value") && token == JsonToken.START_ARRAY) {
                pageHead = json;
                return null;
            }
            annotationsOnly &= name.indexOf('@') >= 0;
            JsonNode value = parser.readValueAsTree();
            if (json.has(name)) {
                repeated = repeated == null ? name : repeated;
            } else {
                json.set(name, value);
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new JsonParseException(parser, "Unexpected end-of-input within an object");
        }
        return new Read(json, repeated);
    }

    /** The next item of an array or page; at its end, the rest of the page's properties are read past. */
    private Item nextInArray() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new JsonParseException(parser, "Unexpected end-of-input: the array is not closed");
        }
        if (token == JsonToken.END_ARRAY) {
            inArray = false;
            if (parser.getParsingContext().inObject()) {
                skipRestOfPage();
            }
            return null;
        }
        var position = InputPosition.index(source.name(), pages > 1 ? pages : 0, arrayIndex++);
        if (token != JsonToken.START_OBJECT) {
            return new Item(position, parser.readValueAsTree(), pageContext, notAnObject(token));
        }
        return readObject(false).toItem(position, pageContext);
    }

    private void skipRestOfPage() throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            parser.nextToken();
            parser.skipChildren();
        }
        if (token != JsonToken.END_OBJECT) {
            throw new JsonParseException(parser, "Unexpected end-of-input: the page object is not closed");
        }
    }

    private static String notAnObject(JsonToken token) {
        String kind = switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
        return "is " + kind + ", not a JSON object";
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
            parser = null;
        }
    }

    /** Counts the bytes read, for progress. */
    private static final class Counting extends FilterInputStream {
        private final AtomicLong count;

        Counting(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }
}
