package io.devicestatus.adapter.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devicestatus.adapter.memory.InMemoryStatusStore;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The observed ports tell each call's type, operation and outcome, and change no answer. */
class ObservedPortsTest {

    private static final TenantId TENANT = TenantId.fromString("6babcaad-604b-40ac-a9d7-9fd97c0b779f");

    private final List<StoreCall> calls = new ArrayList<>();
    private final InMemoryStatusStore store = new InMemoryStatusStore();
    private final ObservedStatusStore observed = ObservedStatusStore.of(store, calls::add);

    @Test
    void a_transaction_is_timed_by_outcome_and_an_exception_is_rethrown() {
        var transactions = observed.transactions();

        assertThat(transactions.<Integer>inTransaction(() -> Either.right(1)).get())
                .isEqualTo(1);
        assertThat(transactions
                        .<Integer>inTransaction(() -> Either.left(new ApplicationError.Unavailable("down")))
                        .isLeft())
                .isTrue();
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
                    throw new IllegalStateException("bug");
                }))
                .hasMessage("bug");

        assertThat(calls)
                .extracting(StoreCall::type, StoreCall::operation, StoreCall::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("any", "transaction", "success"),
                        org.assertj.core.groups.Tuple.tuple("any", "transaction", "unavailable"),
                        org.assertj.core.groups.Tuple.tuple("any", "transaction", "exception"));
    }

    @Test
    void a_repository_call_is_told_with_its_type_and_the_errors_kind_not_its_message() {
        var repository = observed.iosUpdateStatuses();

        var found = repository.findById(TenantScope.of(TENANT), "secret-id");
        var deleted = repository.delete(TenantScope.of(TENANT), "secret-id", Option.none());

        assertThat(found).isEqualTo(store.iosUpdateStatuses().findById(TenantScope.of(TENANT), "secret-id"));
        assertThat(deleted.isLeft()).isTrue();
        assertThat(calls)
                .extracting(c -> c.type() + " " + c.operation() + " " + c.outcome())
                .containsExactly(
                        "ios-update findById success",
                        "ios-update delete " + StoreCallObserver.outcome(deleted.getLeft()));
        assertThat(StoreCallObserver.outcome(deleted.getLeft()))
                .matches("[a-z_]+")
                .doesNotContain("secret");
        assertThat(StoreCallObserver.outcome(new ApplicationError.NotFound("x", "y")))
                .isEqualTo("not_found");
    }

    @Test
    void each_repository_of_the_store_is_told_with_its_own_type() {
        var tenant = Option.some(TenantScope.of(TENANT));
        observed.iosUpdateStatuses().count(TENANT, tenant, StatusFilter.any());
        observed.appConfigurationStatuses().summarize(TENANT, Option.none());
        observed.appInstallStatuses().summarize(TENANT, Option.none());

        assertThat(calls)
                .extracting(c -> c.type() + " " + c.operation() + " " + c.outcome())
                .containsExactly(
                        "ios-update count success",
                        "app-configuration summarize success",
                        "app-install summarize success");
    }
}
