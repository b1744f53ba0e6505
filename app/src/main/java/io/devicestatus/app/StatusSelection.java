package io.devicestatus.app;

import io.devicestatus.adapter.graph.codec.EntityCodec;
import io.devicestatus.adapter.graph.http.ODataFilters;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.service.StatusService;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * One status type's statuses in one tenant, as a command selected them: the type's use cases and wire codec, the
 * scope (none: every scope of the tenant), and how a {@code --filter} expression reads.
 *
 * @param tenant   the tenant
 * @param useCases the type's use cases
 * @param codec    its Graph JSON codec
 * @param scope    the one scope, or none for every scope of the tenant
 * @param <T>      the status
 * @param <S>      its scope
 * @param <D>      its draft
 */
record StatusSelection<T, S, D>(
        TenantId tenant, StatusService<T, S, D> useCases, EntityCodec<T, D> codec, Option<S> scope) {

    StatusSelection {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(useCases, "useCases");
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(scope, "scope");
    }

    /** The filter {@code text} says ({@code null}: every status), or what is wrong with it. */
    Either<String, StatusFilter<D>> filter(String text, ApiVersion version) {
        return text == null
                ? Either.right(StatusFilter.any())
                : ODataFilters.read(useCases.kind().properties(), text, version);
    }
}
