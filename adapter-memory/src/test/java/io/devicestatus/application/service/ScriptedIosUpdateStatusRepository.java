package io.devicestatus.application.service;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.NaturalKey;
import io.devicestatus.application.model.StateCount;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.model.Write;
import io.devicestatus.application.port.out.ListRequest;
import io.devicestatus.application.port.out.StatusRepository;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * A real repository with a script run before each {@code writeAll} (single inserts and updates go through it too):
 * the script may act on the real repository first (another writer getting in between) or answer an error instead
 * of writing, as a store under contention or failure would.
 */
final class ScriptedIosUpdateStatusRepository
        implements StatusRepository<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> {

    private final StatusRepository<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> real;
    private final BiFunction<Integer, Seq<Write<IosUpdateDeviceStatus>>, Option<ApplicationError>> beforeWrite;
    private final Runnable afterRead;
    private final AtomicInteger writeCalls = new AtomicInteger();

    /** {@code beforeWrite} gets the 1-based number of the call and its writes; an error is answered instead. */
    ScriptedIosUpdateStatusRepository(
            StatusRepository<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> real,
            BiFunction<Integer, Seq<Write<IosUpdateDeviceStatus>>, Option<ApplicationError>> beforeWrite) {
        this(real, beforeWrite, () -> {});
    }

    /** As above, and {@code afterRead} runs after every read by id or natural key (to widen race windows). */
    ScriptedIosUpdateStatusRepository(
            StatusRepository<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> real,
            BiFunction<Integer, Seq<Write<IosUpdateDeviceStatus>>, Option<ApplicationError>> beforeWrite,
            Runnable afterRead) {
        this.real = real;
        this.beforeWrite = beforeWrite;
        this.afterRead = afterRead;
    }

    int writeCalls() {
        return writeCalls.get();
    }

    @Override
    public Either<ApplicationError, Seq<Versioned<IosUpdateDeviceStatus>>> writeAll(
            Seq<Write<IosUpdateDeviceStatus>> writes) {
        var refusal = beforeWrite.apply(writeCalls.incrementAndGet(), writes);
        return refusal.isDefined() ? Either.left(refusal.get()) : real.writeAll(writes);
    }

    @Override
    public Either<ApplicationError, Option<Versioned<IosUpdateDeviceStatus>>> findById(TenantScope scope, String id) {
        var found = real.findById(scope, id);
        afterRead.run();
        return found;
    }

    @Override
    public Either<ApplicationError, Map<NaturalKey<TenantScope>, Versioned<IosUpdateDeviceStatus>>> findByNaturalKeys(
            Set<NaturalKey<TenantScope>> keys) {
        var found = real.findByNaturalKeys(keys);
        afterRead.run();
        return found;
    }

    @Override
    public Either<ApplicationError, Versioned<IosUpdateDeviceStatus>> delete(
            TenantScope scope, String id, Option<Long> expectedVersion) {
        return real.delete(scope, id, expectedVersion);
    }

    @Override
    public Either<ApplicationError, Seq<Versioned<IosUpdateDeviceStatus>>> list(
            ListRequest<TenantScope, IosUpdateDeviceStatus.Draft> request) {
        return real.list(request);
    }

    @Override
    public Either<ApplicationError, Long> count(
            TenantId tenant, Option<TenantScope> scope, StatusFilter<IosUpdateDeviceStatus.Draft> filter) {
        return real.count(tenant, scope, filter);
    }

    @Override
    public Either<ApplicationError, Seq<StateCount<TenantScope>>> summarize(
            TenantId tenant, Option<TenantScope> scope) {
        return real.summarize(tenant, scope);
    }
}
