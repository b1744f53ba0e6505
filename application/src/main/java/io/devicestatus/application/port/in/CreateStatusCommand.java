package io.devicestatus.application.port.in;

import io.devicestatus.domain.common.StatusId;
import io.vavr.control.Option;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * Create a status, under an id the caller chose or one the application mints.
 *
 * <p>A caller may bring its own id so that the id survives the trip: an outbound client (such as a Graph adapter
 * forwarding what its own application created) keeps the id that application minted, and a create retried with the
 * same id cannot store a duplicate, since the retry finds the id taken ({@code Conflict}).
 *
 * <pre>{@code
 * statuses.create(new CreateStatusCommand<>(scope, draft));                          // a minted id
 * statuses.create(new CreateStatusCommand<>(scope, draft).withId(new StatusId("a")));  // the caller's
 * }</pre>
 *
 * @param scope the parent scope (its tenant's {@link io.devicestatus.application.model.TenantScope} for iOS update
 *              statuses)
 * @param draft the properties; {@code null} ones are absent
 * @param id    the id to create the status under, or none for the application to mint one. A given id is checked as
 *              the domain checks every id (not blank, at most 128 characters, no control characters; refused as
 *              {@code Invalid} on field {@code id}), and one already held by a status of this type is
 *              {@code Conflict}
 */
public record CreateStatusCommand<S, D>(
        @NotNull S scope, @NotNull D draft, @NotNull Option<StatusId> id) {

    /** Create a status under an id the application mints. */
    public CreateStatusCommand(S scope, D draft) {
        this(scope, draft, Option.none());
    }

    /** This command, creating the status under {@code id}. */
    public CreateStatusCommand<S, D> withId(StatusId id) {
        return new CreateStatusCommand<>(scope, draft, Option.some(Objects.requireNonNull(id, "id")));
    }

    @Override
    public String toString() {
        return "CreateStatusCommand[scope=" + scope + ", draft=" + draft + ", id="
                + id.map(StatusId::value).getOrElse("(minted)") + "]";
    }
}
