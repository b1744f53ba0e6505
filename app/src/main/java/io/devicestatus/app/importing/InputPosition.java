package io.devicestatus.app.importing;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where an item is in the input: its file ({@code -} for standard input) and either the line it starts on (NDJSON)
 * or its index in an array or a page's {@code value}, from 0 (with the page's number, from 1, when a file holds more
 * than one page).
 *
 * @param file  the input's name
 * @param line  the item's first line, or 0
 * @param page  the page's number in the file, or 0
 * @param index the index in the array, or -1
 */
public record InputPosition(String file, long line, int page, long index) {

    static InputPosition line(String file, long line) {
        return new InputPosition(file, line, 0, -1);
    }

    static InputPosition index(String file, int page, long index) {
        return new InputPosition(file, 0, page, index);
    }

    /** The position's properties, added to a rejects line. */
    void writeTo(ObjectNode json) {
        json.put("file", file);
        if (line > 0) {
            json.put("line", line);
        }
        if (page > 0) {
            json.put("page", page);
        }
        if (index >= 0) {
            json.put("index", index);
        }
    }

    @Override
    public String toString() {
        return file
                + (line > 0 ? ", line " + line : "")
                + (page > 0 ? ", page " + page : "")
                + (index >= 0 ? ", item " + index : "");
    }
}
