package io.devicestatus.application.port.in;

import io.vavr.collection.Seq;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Change some properties of a status (HTTP PATCH): each property set in {@code changes} replaces the stored one,
 * each name in {@code cleared} is set to {@code null} (allowed only for nullable properties), every other property
 * keeps its value. The id and scope never change. The domain's lifecycle and time rules apply to the result.
 *
 * @param scope           the scope the status belongs to
 * @param id              the status
 * @param changes         a draft whose non-{@code null} properties are the new values
 * @param cleared         Graph names of the properties to clear (JSON {@code null}); may be empty
 * @param expectedVersion apply only if the status is at this version (HTTP {@code If-Match}); {@code null} for
 *                        an unconditional update, which is re-applied to the newest version if another writer
 *                        came first
 */
public record UpdateStatusCommand<S, D>(
        @NotNull S scope,
        @NotBlank @Size(max = GetStatusQuery.MAX_ID_LENGTH) String id,
        @NotNull D changes,
        @NotNull Seq<String> cleared,
        @Positive Long expectedVersion) {}
