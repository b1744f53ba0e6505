package io.devicestatus.application.port.in;

import static io.devicestatus.application.model.IosUpdateProperties.OS_VERSION;
import static io.devicestatus.application.model.IosUpdateProperties.USER_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.domain.common.StatusId;
import io.devicestatus.domain.common.TenantId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** The commands' factories and withers build what the positional constructors would. */
class CommandBuildersTest {

    private static final TenantScope SCOPE =
            TenantScope.of(TenantId.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47"));
    private static final StatusId ID = new StatusId("a1");

    @Test
    void an_update_takes_its_changes_and_cleared_names_from_a_draft_builder() {
        var command = UpdateStatusCommand.of(
                SCOPE, ID, IosUpdateProperties.draft().set(OS_VERSION, "18.0").clear(USER_NAME));

        assertThat(command)
                .isEqualTo(new UpdateStatusCommand<>(
                        SCOPE,
                        ID,
                        IosUpdateProperties.draft().set(OS_VERSION, "18.0").build(),
                        List.of("userName"),
                        null));
        assertThat(command.ifVersion(4).expectedVersion()).isEqualTo(4L);
        assertThat(command.expectedVersion()).isNull();
    }

    @Test
    void a_delete_is_unconditional_until_given_a_version() {
        assertThat(DeleteStatusCommand.of(SCOPE, ID)).isEqualTo(new DeleteStatusCommand<>(SCOPE, ID, null));
        assertThat(DeleteStatusCommand.of(SCOPE, ID).ifVersion(2)).isEqualTo(new DeleteStatusCommand<>(SCOPE, ID, 2L));
    }

    @Test
    void a_create_mints_its_id_unless_given_one() {
        var draft = IosUpdateProperties.draft().build();

        assertThat(new CreateStatusCommand<>(SCOPE, draft).id()).isEqualTo(Option.none());
        assertThat(new CreateStatusCommand<>(SCOPE, draft).withId(ID))
                .isEqualTo(new CreateStatusCommand<>(SCOPE, draft, Option.some(ID)));
    }
}
