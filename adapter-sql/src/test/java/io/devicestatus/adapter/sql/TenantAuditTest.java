package io.devicestatus.adapter.sql;

import static io.devicestatus.adapter.sql.TestSchema.TENANT;
import static io.devicestatus.adapter.sql.schema.Tables.IOS_UPDATE_STATUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.vavr.control.Option;
import java.sql.SQLException;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The audit the vendor suites run under catches what it must, and lets the adapter's own statements through. */
class TenantAuditTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "select * from ios_update_status where (ios_update_status.id = ?)",
                "select count(*) from app_install_status",
                "select ios_update_status.id from ios_update_status where ios_update_status.tenant_id = ? union all"
                        + " select ios_update_status.id from ios_update_status where ios_update_status.status = ?",
                "update app_configuration_status set tenant_id = ?, status = ? where app_configuration_status.id = ?",
                "delete from \"app_install_status\" where \"app_install_status\".\"id\" = ?",
                "insert into ios_update_status (id, status, version) values (?, ?, ?)",
                "COPY app_install_status (id, mobile_app_id, version) FROM STDIN (FORMAT csv)",
                "merge into ios_update_status using (select 1) s on (ios_update_status.id = ?) when matched then delete",
            })
    void refuses_a_statement_on_a_status_table_without_a_tenant(String sql) {
        assertThat(TenantAudit.problem(sql)).as(sql).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "select * from ios_update_status where (ios_update_status.tenant_id = ? and ios_update_status.id = ?)",
                "select s.n from (select ios_update_status.status n from ios_update_status where ios_update_status.tenant_id"
                        + " = ? union all select ios_update_status.install_status from ios_update_status where"
                        + " ios_update_status.tenant_id = ?) as s group by s.n",
                "update app_configuration_status set status = ? where (app_configuration_status.tenant_id = ? and id = ?)",
                "delete from app_install_status where app_install_status.tenant_id in (?)",
                "insert into ios_update_status (id, status, version, tenant_id) values (?, ?, ?, ?)",
                "COPY app_install_status (id, mobile_app_id, version, tenant_id) FROM STDIN (FORMAT csv)",
                "SET TRANSACTION ISOLATION LEVEL READ COMMITTED",
                "select * from flyway_schema_history",
            })
    void lets_through_a_statement_that_names_its_tenant_or_no_status_table(String sql) {
        assertThat(TenantAudit.problem(sql)).as(sql).isEmpty();
    }

    @Test
    void installed_on_a_store_it_passes_the_adapter_and_fails_a_query_without_a_tenant() throws SQLException {
        var schema = TestSchema.scratch(SqlVendor.H2, "audit");
        try {
            var store = schema.store();
            store.migrate();
            assertThat(store.iosUpdateStatuses()
                            .findById(TenantScope.of(TENANT), "nobody")
                            .get())
                    .isEmpty();
            assertThat(store.iosUpdateStatuses()
                            .count(TENANT, Option.none(), StatusFilter.any())
                            .get())
                    .isZero();
            schema.assertAuditClean();

            // The same listener on a query the adapter would never send: it fails at once, and again after the test.
            var audit = new TenantAudit();
            var dsl = DSL.using(new DefaultConfiguration()
                    .set(schema.dataSource())
                    .set(SqlVendor.H2.dialect())
                    .set(new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED))
                    .set(new DefaultExecuteListenerProvider(audit)));
            assertThatThrownBy(() -> dsl.selectFrom(IOS_UPDATE_STATUS)
                            .where(IOS_UPDATE_STATUS.ID.eq("x"))
                            .fetch())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("without a tenant_id predicate");
            assertThatThrownBy(audit::assertClean)
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("ios_update_status");
            assertThat(dsl.selectFrom(IOS_UPDATE_STATUS)
                            .where(IOS_UPDATE_STATUS.TENANT_ID.eq(TENANT))
                            .fetch())
                    .isEmpty();
            audit.assertClean();

            // And a COPY (which jOOQ never sees) without tenant_id.
            assertThatThrownBy(() -> audit.copying("COPY ios_update_status (id, version) FROM STDIN (FORMAT csv)"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("an insert without tenant_id");
        } finally {
            schema.close();
        }
    }
}
