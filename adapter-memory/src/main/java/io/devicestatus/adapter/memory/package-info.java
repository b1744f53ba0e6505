/**
 * The outbound ports held in memory: thread-safe, transactional (one lock, an undo log), and proven by the port
 * contract kit like any other adapter. Start from {@link io.devicestatus.adapter.memory.InMemoryStatusStore}.
 */
package io.devicestatus.adapter.memory;
