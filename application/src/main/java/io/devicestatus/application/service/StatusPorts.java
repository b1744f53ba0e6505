package io.devicestatus.application.service;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.StatusKind;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.port.out.IdGeneratorPort;
import io.devicestatus.application.port.out.StatusRepository;
import io.devicestatus.application.port.out.TransactionPort;
import io.devicestatus.domain.common.StatusId;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.error.DomainError;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Everything the services of one status type work with: its kind, its repository, and the shared ports and
 * settings.
 */
record StatusPorts<T, S, D>(
        StatusKind<T, S, D> kind,
        StatusRepository<T, S, D> repository,
        TransactionPort transactions,
        IdGeneratorPort ids,
        CommandValidator validator,
        DeviceStatusSettings settings) {

    StatusPorts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(settings, "settings");
    }

    /** The status with that id if it belongs to {@code scope}; {@code NotFound} otherwise. */
    Either<ApplicationError, Versioned<T>> findInScope(S scope, String id) {
        return repository
                .findById(scope, id)
                .flatMap(found -> found.toEither(() -> new ApplicationError.NotFound(kind.graphType(), id)));
    }

    /**
     * A caller's id, checked as the domain checks the ids it mints (a {@link StatusId} built with its constructor is
     * not): {@code Invalid} on {@code id} when blank, too long or holding control characters.
     */
    Either<ApplicationError, String> checkId(StatusId id) {
        return StatusId.of(id.value())
                .toEither()
                .map(StatusId::value)
                .mapLeft(violation -> new ApplicationError.Invalid(List.of(violation)));
    }

    /** Validates a caller's scope. */
    Either<ApplicationError, S> checkScope(S scope) {
        return domain(kind.checkScope(scope));
    }

    /**
     * Validates a caller's scope, which must belong to {@code tenant}: a query or import for one tenant never names
     * another's scope. {@code Invalid} on {@code scope.tenant} otherwise.
     */
    Either<ApplicationError, S> checkScopeIn(TenantId tenant, S scope) {
        return checkScope(scope)
                .flatMap(checked -> kind.tenant(checked).equals(tenant)
                        ? Either.right(checked)
                        : Either.left(ApplicationError.invalid(
                                "scope.tenant",
                                kind.tenant(checked),
                                "is not the tenant " + tenant + " this call is for; a scope names its own tenant")));
    }

    /**
     * Runs {@code attempt} until it succeeds, fails with an error {@code retryable} does not accept, or has run
     * {@link DeviceStatusSettings#maxWriteAttempts()} times; answers its last result.
     */
    <R> Either<ApplicationError, R> retrying(
            Supplier<Either<ApplicationError, R>> attempt, Predicate<ApplicationError> retryable) {
        var result = attempt.get();
        for (int tries = 1;
                tries < settings.maxWriteAttempts() && result.isLeft() && retryable.test(result.getLeft());
                tries++) {
            result = attempt.get();
        }
        return result;
    }

    static <R> Either<ApplicationError, R> domain(Either<DomainError, R> result) {
        return result.mapLeft(ApplicationError::of);
    }
}
