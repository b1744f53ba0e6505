/**
 * Errors as values: the sealed {@link io.devicestatus.domain.error.DomainError} and the
 * {@link io.devicestatus.domain.error.Violation} an {@code Invalid} error lists. Depends on nothing else in the domain,
 * so adapters can map errors without knowing the model.
 */
package io.devicestatus.domain.error;
