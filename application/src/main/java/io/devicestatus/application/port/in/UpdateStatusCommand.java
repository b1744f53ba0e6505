package io.devicestatus.application.port.in;

import io.devicestatus.application.model.DraftBuilder;
import io.devicestatus.domain.common.StatusId;
import io.vavr.collection.Seq;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Change some properties of a status (HTTP PATCH): each property set in {@code changes} replaces the stored one,
 * each name in {@code cleared} is set to {@code null} (allowed only for nullable properties), every other property
 * keeps its value. The id and scope never change. The domain's lifecycle and time rules apply to the result.
 *
 * <pre>{@code
 * statuses.update(UpdateStatusCommand.of(scope, id, IosUpdateProperties.draft()
 *                 .set(IosUpdateProperties.OS_VERSION, "18.0")
 *                 .clear(IosUpdateProperties.USER_NAME))
 *         .ifVersion(3));
 * }</pre>
 *
 * @param scope           the scope the status belongs to
 * @param id              the status (checked as the domain checks ids: {@code Invalid} on field {@code id})
 * @param changes         a draft whose non-{@code null} properties are the new values
 * @param cleared         Graph names of the properties to clear (JSON {@code null}); may be empty
 * @param expectedVersion apply only if the status is at this version (HTTP {@code If-Match}); {@code null} for
 *                        an unconditional update, which is re-applied to the newest version if another writer
 *                        came first
 */
public record UpdateStatusCommand<S, D>(
        @NotNull S scope,
        @NotNull StatusId id,
        @NotNull D changes,
        @NotNull Seq<String> cleared,
        @Positive Long expectedVersion) {

    /**
     * An unconditional update of the properties {@code changes} sets and clears, built from the type's property
     * table ({@code IosUpdateProperties.draft()}), so every name is a property's.
     */
    public static <S, D> UpdateStatusCommand<S, D> of(S scope, StatusId id, DraftBuilder<D> changes) {
        return new UpdateStatusCommand<>(scope, id, changes.build(), changes.clearedNames(), null);
    }

    /** This command, applied only if the status is at {@code version} ({@code VersionMismatch} otherwise). */
    public UpdateStatusCommand<S, D> ifVersion(long version) {
        return new UpdateStatusCommand<>(scope, id, changes, cleared, version);
    }

    @Override
    public String toString() {
        return "UpdateStatusCommand[scope=" + scope + ", id=" + id + ", changes=" + changes + ", cleared="
                + cleared.mkString("[", ", ", "]") + ", expectedVersion="
                + (expectedVersion == null ? "any" : expectedVersion) + "]";
    }
}
