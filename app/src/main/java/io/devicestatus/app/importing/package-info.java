/**
 * What {@code import} (and {@code sync}) need around the import use case: reading Graph pages, JSON arrays and NDJSON
 * one item at a time, decoding each item with the Graph codec, naming where a rejected item was, writing the rejects
 * file, and showing progress. Depends on the application's inbound ports and errors, the domain and the Graph codec;
 * it must not depend on a store or on the command classes in {@code io.devicestatus.app} that use it.
 */
package io.devicestatus.app.importing;
