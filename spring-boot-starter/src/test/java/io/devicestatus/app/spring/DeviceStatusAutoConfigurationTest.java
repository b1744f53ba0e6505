package io.devicestatus.app.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.adapter.graph.auth.DevelopmentTokens;
import io.devicestatus.adapter.graph.auth.NimbusTokenVerifier;
import io.devicestatus.adapter.graph.auth.TokenVerifier;
import io.devicestatus.adapter.graph.http.GraphApi;
import io.devicestatus.adapter.memory.InMemoryStatusStore;
import io.devicestatus.adapter.sql.SqlStatusStore;
import io.devicestatus.adapter.sql.SqlVendor;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.port.out.IdGeneratorPort;
import io.devicestatus.application.port.out.StatusStore;
import io.devicestatus.application.service.CommandValidator;
import io.devicestatus.application.service.DeviceStatusApplication;
import io.devicestatus.application.service.DeviceStatusSettings;
import io.devicestatus.domain.common.ReportTimePolicy;
import io.vavr.control.Option;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.support.StaticMessageSource;

/** What the auto-configuration makes of each property and each bean a platform brings, without a server. */
class DeviceStatusAutoConfigurationTest {

    private static final AutoConfigurations STARTER = AutoConfigurations.of(DeviceStatusAutoConfiguration.class);

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(STARTER);

    /** A new, empty in-memory H2 database: the platform's DataSource. */
    private static DataSource h2() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:starter-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Test
    void over_the_platforms_data_source_the_application_runs_on_a_migrated_sql_store() {
        runner.withBean(DataSource.class, DeviceStatusAutoConfigurationTest::h2).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(DeviceStatusApplication.class);
            assertThat(context).hasSingleBean(CommandValidator.class);
            assertThat(context).hasSingleBean(IdGeneratorPort.class);
            assertThat(context).hasSingleBean(Clock.class);
            assertThat(context.getBean(StatusStore.class)).isInstanceOf(SqlStatusStore.class);
            assertThat(context.getBean(SqlStatusStore.class).schemaStatus().current())
                    .isEqualTo(Option.some("3"));
            // the API is off by default
            assertThat(context).doesNotHaveBean(GraphApi.class);
            assertThat(context).doesNotHaveBean(ServletRegistrationBean.class);
        });
    }

    @Test
    void with_migrate_off_the_schema_is_only_checked_to_be_current() {
        var dataSource = h2();
        var withMigrateOff = runner.withBean(DataSource.class, () -> dataSource)
                .withPropertyValues("device-status.sql.migrate=false");
        withMigrateOff.run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure()))
                    .hasMessageStartingWith("the device-status schema is at version none in the connection's schema")
                    .hasMessageContaining(
                            "locations classpath:db/device-status/h2, table device_status_schema_history");
        });
        // the platform ran the migrations (here: as this library would), and the start goes on
        SqlStatusStore.of(dataSource, SqlVendor.H2).migrate();
        withMigrateOff.run(context -> assertThat(
                        context.getBean(SqlStatusStore.class).schemaStatus().current())
                .isEqualTo(Option.some("3")));
    }

    @Test
    void the_tables_go_to_the_schema_and_history_table_named() {
        var dataSource = h2();
        runner.withBean(DataSource.class, () -> dataSource)
                .withPropertyValues(
                        "device-status.sql.schema=device_status", "device-status.sql.history-table=ds_history")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    try (var connection = dataSource.getConnection();
                            var rows = connection
                                    .createStatement()
                                    .executeQuery("SELECT lower(table_name) FROM information_schema.tables"
                                            + " WHERE lower(table_schema) = 'device_status' ORDER BY 1")) {
                        var tables = new java.util.ArrayList<String>();
                        while (rows.next()) {
                            tables.add(rows.getString(1));
                        }
                        assertThat(tables)
                                .containsExactly(
                                        "app_configuration_status",
                                        "app_install_status",
                                        "ds_history",
                                        "ios_update_status");
                    }
                });
        runner.withBean(DataSource.class, DeviceStatusAutoConfigurationTest::h2)
                .withPropertyValues("device-status.sql.schema=Device-Status")
                .run(context -> assertThat(context.getStartupFailure())
                        .hasStackTraceContaining(
                                "device-status.sql: schema 'Device-Status' is not a plain SQL name: use 1 to 63 of"
                                        + " lower-case letters"));
    }

    @Test
    void the_platforms_own_store_is_used_and_no_sql_store_is_made() {
        var platformStore = new InMemoryStatusStore();
        runner.withBean(DataSource.class, DeviceStatusAutoConfigurationTest::h2)
                .withBean(StatusStore.class, () -> platformStore)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).getBean(StatusStore.class).isSameAs(platformStore);
                    assertThat(context).doesNotHaveBean(SqlStatusStore.class);
                    assertThat(context).hasSingleBean(DeviceStatusApplication.class);
                });
    }

    @Test
    void the_platforms_own_beans_win() {
        var clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
        IdGeneratorPort ids = () -> "platform-id";
        var validator = CommandValidator.withDefaultProvider();
        var settings = DeviceStatusSettings.defaults(clock).withImportBatchSize(7);
        runner.withBean(DataSource.class, DeviceStatusAutoConfigurationTest::h2)
                .withBean(Clock.class, () -> clock)
                .withBean(IdGeneratorPort.class, () -> ids)
                .withBean(CommandValidator.class, () -> validator)
                .withBean(DeviceStatusSettings.class, () -> settings)
                .run(context -> {
                    assertThat(context).getBean(Clock.class).isSameAs(clock);
                    assertThat(context).getBean(IdGeneratorPort.class).isSameAs(ids);
                    assertThat(context).getBean(CommandValidator.class).isSameAs(validator);
                    assertThat(context).getBean(DeviceStatusSettings.class).isSameAs(settings);
                });
        var application = new DeviceStatusApplication(new InMemoryStatusStore(), ids, validator, settings);
        runner.withBean(DeviceStatusApplication.class, () -> application).run(context -> {
            assertThat(context).getBean(DeviceStatusApplication.class).isSameAs(application);
            // nor is a store made: the platform's application has its own
            assertThat(context).doesNotHaveBean(StatusStore.class);
        });
    }

    @Test
    void without_a_data_source_or_a_store_the_application_does_not_start() {
        runner.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .hasMessageContaining("deviceStatusApplication")
                    .hasMessageContaining(StatusStore.class.getName());
        });
    }

    @Test
    void a_database_the_sql_adapter_does_not_support_is_refused_by_name() {
        var hsqldb = new JDBCDataSource();
        hsqldb.setUrl("jdbc:hsqldb:mem:starter");
        hsqldb.setUser("SA");
        runner.withBean(DataSource.class, () -> hsqldb).run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("device-status stores statuses in PostgreSQL, MariaDB or H2; the"
                            + " DataSource's database is HSQL Database Engine 2.")
                    .hasMessageContaining("(jdbc:hsqldb:mem:starter)")
                    .hasMessageEndingWith("or declare a StatusStore bean of your own.");
        });
    }

    /** Boot's validation auto-configuration: Boot 4 moved it to a module (and package) of its own. */
    private static Class<?> validationAutoConfiguration() {
        for (String name : List.of(
                "org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration",
                "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration")) {
            try {
                return Class.forName(name);
            } catch (ClassNotFoundException e) {
                // the other Boot line's
            }
        }
        throw new AssertionError("no ValidationAutoConfiguration on the class path");
    }

    /** A command with a constraint, as the use cases' commands have. */
    record Probe(@NotBlank String id) {}

    @Test
    void commands_are_checked_with_boots_validator() {
        // Boot's validator resolves constraint messages through the platform's MessageSource; the default does not
        var messages = new StaticMessageSource();
        messages.addMessage("jakarta.validation.constraints.NotBlank.message", Locale.getDefault(), "is required here");
        runner.withConfiguration(AutoConfigurations.of(validationAutoConfiguration()))
                .withBean("messageSource", StaticMessageSource.class, () -> messages)
                .withBean(StatusStore.class, InMemoryStatusStore::new)
                .run(context -> {
                    var checked = context.getBean(CommandValidator.class).check(new Probe(" "));
                    assertThat(checked.getLeft())
                            .isInstanceOfSatisfying(
                                    ApplicationError.Invalid.class,
                                    invalid -> assertThat(invalid.violations().map(Object::toString))
                                            .containsExactly("id ' ': is required here"));
                });
        runner.withBean(StatusStore.class, InMemoryStatusStore::new)
                .run(context -> assertThat(context.getBean(CommandValidator.class)
                                .check(new Probe(" "))
                                .getLeft()
                                .toString())
                        .contains("must not be blank"));
    }

    @Test
    void properties_become_the_use_cases_settings() {
        var withStore = runner.withBean(StatusStore.class, InMemoryStatusStore::new);
        withStore.run(context -> {
            var settings = context.getBean(DeviceStatusSettings.class);
            assertThat(settings.importBatchSize()).isEqualTo(DeviceStatusSettings.DEFAULT_IMPORT_BATCH_SIZE);
            assertThat(settings.maxWriteAttempts()).isEqualTo(DeviceStatusSettings.DEFAULT_MAX_WRITE_ATTEMPTS);
            assertThat(settings.maxFutureSkew()).isEqualTo(ReportTimePolicy.DEFAULT_MAX_FUTURE_SKEW);
            assertThat(settings.clock()).isSameAs(context.getBean(Clock.class));
        });
        withStore
                .withPropertyValues(
                        "device-status.import-batch-size=50",
                        "device-status.max-write-attempts=2",
                        "device-status.max-future-skew=30s")
                .run(context -> {
                    var settings = context.getBean(DeviceStatusSettings.class);
                    assertThat(settings.importBatchSize()).isEqualTo(50);
                    assertThat(settings.maxWriteAttempts()).isEqualTo(2);
                    assertThat(settings.maxFutureSkew()).isEqualTo(Duration.ofSeconds(30));
                });
    }

    @Test
    void a_property_out_of_range_stops_the_start_naming_it() {
        runner.withBean(StatusStore.class, InMemoryStatusStore::new)
                .withPropertyValues(
                        "device-status.import-batch-size=0",
                        "device-status.api.path=graph/",
                        "device-status.sql.existing-rows-tenant=acme")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(rootCause(context.getStartupFailure()).getMessage())
                            .contains("Binding validation errors on device-status")
                            .contains("field 'importBatchSize': rejected value [0]")
                            .contains("must be greater than or equal to 1")
                            .contains("field 'api.path': rejected value [graph/]")
                            .contains("must be a path such as /graph: a leading /, no trailing /")
                            .contains("field 'sql.existingRowsTenant': rejected value [acme]")
                            .contains("must be a tenant id (a GUID)");
                });
    }

    @Nested
    class TheGraphApi {

        private final WebApplicationContextRunner web = new WebApplicationContextRunner()
                .withConfiguration(STARTER)
                .withBean(StatusStore.class, InMemoryStatusStore::new);

        private final TokenVerifier verifier = NimbusTokenVerifier.development(DevelopmentTokens.newSecret());

        @Test
        void is_mounted_under_the_configured_path_with_the_platforms_verifier() {
            web.withBean(TokenVerifier.class, () -> verifier)
                    .withPropertyValues("device-status.api.enabled=true")
                    .run(context -> {
                        assertThat(context).hasSingleBean(GraphApi.class);
                        assertThat(context.getBean(ServletRegistrationBean.class)
                                        .getUrlMappings())
                                .containsExactly("/graph/*");
                    });
            web.withBean(TokenVerifier.class, () -> verifier)
                    .withPropertyValues("device-status.api.enabled=true", "device-status.api.path=/api/device-status")
                    .run(context -> assertThat(context.getBean(ServletRegistrationBean.class)
                                    .getUrlMappings())
                            .containsExactly("/api/device-status/*"));
        }

        @Test
        void is_not_mounted_unless_enabled_nor_outside_a_servlet_web_application() {
            web.withBean(TokenVerifier.class, () -> verifier).run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context).doesNotHaveBean(ServletRegistrationBean.class);
            });
            runner.withBean(StatusStore.class, InMemoryStatusStore::new)
                    .withBean(TokenVerifier.class, () -> verifier)
                    .withPropertyValues("device-status.api.enabled=true")
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context).doesNotHaveBean(GraphApi.class);
                    });
        }

        @Test
        void enabled_without_a_token_verifier_stops_the_start_saying_what_to_do() {
            web.withPropertyValues("device-status.api.enabled=true").run(context -> {
                assertThat(context).hasFailed();
                assertThat(rootCause(context.getStartupFailure()))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessage("device-status.api.enabled=true mounts the Graph API, which verifies every Bearer"
                                + " token with the platform's io.devicestatus.adapter.graph.auth.TokenVerifier bean,"
                                + " and there is none. Declare one (e.g. NimbusTokenVerifier.jwks(url, TenantRule...)"
                                + " for Microsoft Entra ID), or set device-status.api.enabled=false.");
            });
            web.withBean("one", TokenVerifier.class, () -> verifier)
                    .withBean("two", TokenVerifier.class, () -> verifier)
                    .withPropertyValues("device-status.api.enabled=true")
                    .run(context -> assertThat(rootCause(context.getStartupFailure()))
                            .hasMessageContaining("bean, and there are 2 and none is @Primary."));
        }
    }
}
