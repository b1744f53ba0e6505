package io.devicestatus.application.port.in;

import io.devicestatus.domain.common.StatusId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Remove a status. A status that does not exist (or belongs to another scope) is {@code NotFound}.
 *
 * <pre>{@code
 * statuses.delete(DeleteStatusCommand.of(scope, id));               // whatever its version
 * statuses.delete(DeleteStatusCommand.of(scope, id).ifVersion(3));  // only if still at version 3
 * }</pre>
 *
 * @param scope           the scope it belongs to
 * @param id              the status (checked as the domain checks ids: {@code Invalid} on field {@code id})
 * @param expectedVersion delete only if it is at this version; {@code null} for unconditional
 */
public record DeleteStatusCommand<S>(
        @NotNull S scope, @NotNull StatusId id, @Positive Long expectedVersion) {

    /** Delete the status whatever its version. */
    public static <S> DeleteStatusCommand<S> of(S scope, StatusId id) {
        return new DeleteStatusCommand<>(scope, id, null);
    }

    /** This command, applied only if the status is at {@code version} ({@code VersionMismatch} otherwise). */
    public DeleteStatusCommand<S> ifVersion(long version) {
        return new DeleteStatusCommand<>(scope, id, version);
    }
}
