package io.devicestatus.application.service;

import static io.devicestatus.application.service.StatusPorts.domain;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.NaturalKey;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.port.in.CreateStatusCommand;
import io.devicestatus.application.port.in.CreateStatusUseCase;
import io.devicestatus.application.port.in.DeleteStatusCommand;
import io.devicestatus.application.port.in.DeleteStatusUseCase;
import io.devicestatus.application.port.in.ReportResult;
import io.devicestatus.application.port.in.ReportResult.Outcome;
import io.devicestatus.application.port.in.ReportStatusCommand;
import io.devicestatus.application.port.in.ReportStatusUseCase;
import io.devicestatus.application.port.in.UpdateStatusCommand;
import io.devicestatus.application.port.in.UpdateStatusUseCase;
import io.devicestatus.domain.error.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writing use cases of one status type. Retries: a report that lost a race (another writer changed or created
 * the status between its read and its write) is re-read and re-applied, as is an update without an expected
 * version, since re-applying it is what would have happened had it come a moment later. A create, a conditional
 * update and a delete are never retried: their conflict is the caller's to see.
 */
public final class StatusCommandService<T, S, D>
        implements CreateStatusUseCase<T, S, D>,
                UpdateStatusUseCase<T, S, D>,
                DeleteStatusUseCase<T, S>,
                ReportStatusUseCase<T, S, D> {

    private static final Logger LOG = LoggerFactory.getLogger(StatusCommandService.class);

    private final StatusPorts<T, S, D> ports;

    StatusCommandService(StatusPorts<T, S, D> ports) {
        this.ports = ports;
    }

    /**
     * Creates under the command's id when it brings one (the domain checks it with the draft), else under a minted
     * one; a taken id or natural key is the repository's {@code Conflict}.
     */
    @Override
    public Either<ApplicationError, Versioned<T>> create(CreateStatusCommand<S, D> command) {
        return ports.validator()
                .check(command)
                .flatMap(c -> ports.checkScope(c.scope()))
                .flatMap(scope -> domain(ports.kind()
                        .create(
                                // Some(null) stays null: the domain refuses it as a missing id
                                command.id()
                                        .map(id -> id == null ? null : id.value())
                                        .getOrElse(ports.ids()::newId),
                                scope,
                                command.draft(),
                                ports.settings().reportTimePolicy())))
                .flatMap(ports.repository()::insert);
    }

    @Override
    public Either<ApplicationError, Versioned<T>> update(UpdateStatusCommand<S, D> command) {
        return ports.validator()
                .check(command)
                .flatMap(c -> checkCleared(c.cleared()))
                .flatMap(cleared -> ports.checkId(command.id()))
                .flatMap(id -> ports.checkScope(command.scope())
                        .flatMap(scope -> ports.retrying(
                                () -> updateOnce(scope, id, command),
                                error -> command.expectedVersion() == null
                                        && error instanceof ApplicationError.VersionMismatch)));
    }

    private Either<ApplicationError, Versioned<T>> updateOnce(S scope, String id, UpdateStatusCommand<S, D> command) {
        var kind = ports.kind();
        return ports.findInScope(scope, id)
                .flatMap(stored -> expectVersion(stored, command.expectedVersion()))
                .flatMap(stored -> domain(kind.advance(
                                stored.value(),
                                kind.merge(kind.toDraft(stored.value()), command.changes(), command.cleared()),
                                ports.settings().reportTimePolicy()))
                        .flatMap(next -> next.equals(stored.value())
                                ? Either.right(stored)
                                : ports.repository().update(next, stored.version())));
    }

    /** Every cleared name must be a nullable property; all offenders are reported at once. */
    private Either<ApplicationError, Seq<String>> checkCleared(Seq<String> cleared) {
        var kind = ports.kind();
        var violations = cleared.distinct().flatMap(name -> {
            if (name == null || !kind.properties().names().contains(name)) {
                return Option.of(Violation.of(
                        String.valueOf(name),
                        null,
                        "id".equals(name)
                                ? "cannot change: the id is assigned on create"
                                : "is not a property of " + kind.graphType() + "; properties: "
                                        + kind.properties().names().mkString(", ")));
            }
            if (!kind.properties().nullableNames().contains(name)) {
                return Option.of(Violation.of(
                        name,
                        null,
                        "cannot be null: it is required; properties that may be " + "cleared: "
                                + kind.properties().nullableNames().mkString(", ")));
            }
            return Option.<Violation>none();
        });
        return violations.isEmpty() ? Either.right(cleared) : Either.left(new ApplicationError.Invalid(violations));
    }

    @Override
    public Either<ApplicationError, Versioned<T>> delete(DeleteStatusCommand<S> command) {
        return ports.validator()
                .check(command)
                .flatMap(c -> ports.checkId(c.id()))
                .flatMap(id -> ports.checkScope(command.scope())
                        .flatMap(scope -> ports.repository().delete(scope, id, Option.of(command.expectedVersion()))));
    }

    @Override
    public Either<ApplicationError, ReportResult<T>> report(ReportStatusCommand<S, D> command) {
        var policy = ports.settings().reportTimePolicy();
        return ports.validator()
                .check(command)
                .flatMap(c -> ports.checkScope(c.scope()))
                .flatMap(scope -> domain(ports.kind().create(ports.ids().newId(), scope, command.draft(), policy)))
                .flatMap(candidate ->
                        naturalKey(candidate).flatMap(key -> reportValidated(key, candidate, command.draft())));
    }

    /** The report of a validated {@code candidate} (as created from {@code draft}) whose key is {@code key}. */
    Either<ApplicationError, ReportResult<T>> reportValidated(NaturalKey<S> key, T candidate, D draft) {
        return ports.retrying(() -> reportOnce(key, candidate, draft), StatusCommandService::lostARace);
    }

    private Either<ApplicationError, ReportResult<T>> reportOnce(NaturalKey<S> key, T candidate, D draft) {
        var repository = ports.repository();
        return repository
                .findByNaturalKey(key)
                .flatMap(found -> found.isEmpty()
                        ? repository.insert(candidate).map(stored -> new ReportResult<>(Outcome.CREATED, stored))
                        : advance(found.get(), draft));
    }

    private Either<ApplicationError, ReportResult<T>> advance(Versioned<T> stored, D draft) {
        return domain(ports.kind()
                        .advance(stored.value(), draft, ports.settings().reportTimePolicy()))
                .flatMap(next -> next.equals(stored.value())
                        ? Either.right(new ReportResult<>(Outcome.UNCHANGED, stored))
                        : ports.repository()
                                .update(next, stored.version())
                                .map(updated -> new ReportResult<>(Outcome.ADVANCED, updated)));
    }

    /** A report needs its natural key: without it, it cannot find the status it updates. */
    Either<ApplicationError, NaturalKey<S>> naturalKey(T candidate) {
        var kind = ports.kind();
        return kind.naturalKey(candidate)
                .toEither(() -> new ApplicationError.Invalid(kind.missingKeyProperties(candidate)
                        .map(property -> new Violation(
                                property,
                                Option.none(),
                                "is required to report: "
                                        + kind.naturalKeyProperties().mkString(" and ")
                                        + " identify the status (with the scope) that a report creates or advances"))));
    }

    /** Whether another writer got there first (changed the status, or took its key) between a read and a write. */
    static boolean isRace(ApplicationError error) {
        return error instanceof ApplicationError.VersionMismatch || error instanceof ApplicationError.Conflict;
    }

    /** {@link #isRace}, logged: re-reading and re-applying is safe for a report. */
    static boolean lostARace(ApplicationError error) {
        boolean race = isRace(error);
        if (race) {
            LOG.debug("write lost a race, retrying: {}", error.message());
        }
        return race;
    }

    private Either<ApplicationError, Versioned<T>> expectVersion(Versioned<T> stored, Long expected) {
        return expected == null || expected == stored.version()
                ? Either.right(stored)
                : Either.left(new ApplicationError.VersionMismatch(
                        ports.kind().graphType(),
                        ports.kind().id(stored.value()),
                        expected,
                        Option.some(stored.version())));
    }
}
