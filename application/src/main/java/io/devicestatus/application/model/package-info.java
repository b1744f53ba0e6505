/**
 * Types shared by the inbound and outbound ports: the per-entity-type descriptors ({@link
 * io.devicestatus.application.model.StatusKind}), filters, versions, natural keys and writes.
 */
package io.devicestatus.application.model;
