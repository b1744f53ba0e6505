/**
 * The hexagon's inside edge: what a platform calls ({@code port.in}: use cases with their command, query and result
 * records), what an adapter must provide ({@code port.out}: repositories, transactions, id generation), the
 * orchestration between them ({@code service}), the per-entity-type knowledge both share ({@code model}) and the
 * one error set every adapter maps to its transport ({@code error}).
 */
package io.devicestatus.application;
