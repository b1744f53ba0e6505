package io.devicestatus.app.spring;

import io.devicestatus.adapter.graph.auth.TokenVerifier;
import io.devicestatus.adapter.graph.http.ApiObserver;
import io.devicestatus.adapter.graph.http.GraphApi;
import io.devicestatus.adapter.graph.http.GraphApiSettings;
import io.devicestatus.adapter.graph.http.ReadinessProbe;
import io.devicestatus.adapter.graph.servlet.GraphServlet;
import io.devicestatus.adapter.sql.MigrationOptions;
import io.devicestatus.adapter.sql.SqlStatusStore;
import io.devicestatus.adapter.sql.SqlStoreOptions;
import io.devicestatus.application.port.out.IdGeneratorPort;
import io.devicestatus.application.port.out.StatusStore;
import io.devicestatus.application.service.CommandValidator;
import io.devicestatus.application.service.DeviceStatusApplication;
import io.devicestatus.application.service.DeviceStatusSettings;
import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Option;
import jakarta.validation.Validator;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * device-status in a Spring Boot application: the {@link DeviceStatusApplication} over the platform's
 * {@link DataSource} (a {@link SqlStatusStore}, migrated at start, or checked to be current when
 * {@code device-status.sql.migrate=false}), with
 * Boot's {@code jakarta.validation} validator, and, when {@code device-status.api.enabled=true}, the Graph API servlet
 * under {@code device-status.api.path} with the platform's {@link TokenVerifier}. Every bean gives way to one of the
 * platform's own of the same type.
 *
 * <p>Ordered after Boot's DataSource, Flyway and validation auto-configurations, named for Boot 3 and Boot 4 (which
 * moved them to modules of their own); a name Boot does not know is ignored.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration",
            "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration"
        })
@EnableConfigurationProperties(DeviceStatusProperties.class)
public class DeviceStatusAutoConfiguration {

    /** The name the existing-rows tenant has in a Boot application, as a refused migration tells the operator. */
    static final String EXISTING_ROWS_TENANT = "device-status.sql.existing-rows-tenant";

    @Bean
    @ConditionalOnMissingBean
    public Clock deviceStatusClock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    public IdGeneratorPort deviceStatusIds() {
        return IdGeneratorPort.randomUuids();
    }

    /** Boot's validator when the context has one (Boot's validation auto-configuration makes it), else the default. */
    @Bean
    @ConditionalOnMissingBean
    public CommandValidator deviceStatusCommandValidator(ObjectProvider<Validator> validator) {
        return Option.of(validator.getIfAvailable())
                .map(CommandValidator::new)
                .getOrElse(CommandValidator::withDefaultProvider);
    }

    @Bean
    @ConditionalOnMissingBean
    public DeviceStatusSettings deviceStatusSettings(DeviceStatusProperties properties, Clock clock) {
        return properties.settings(clock);
    }

    /**
     * The SQL store over the platform's one DataSource, its vendor read from the database itself; migrated here, or
     * with migrating off only checked to be current. Made after the platform's own database initializers (Boot's
     * Flyway or Liquibase), so that their migrations find the schema as they left it.
     */
    @Bean
    @ConditionalOnMissingBean(StatusStore.class)
    @ConditionalOnSingleCandidate(DataSource.class)
    @DependsOnDatabaseInitialization
    public SqlStatusStore deviceStatusStore(DataSource dataSource, DeviceStatusProperties properties) {
        var sql = properties.sql();
        SqlStoreOptions options;
        try {
            options = SqlStoreOptions.defaults()
                    .withHistoryTable(sql.historyTable())
                    .withSchema(sql.schema())
                    .withMigrate(sql.migrate())
                    .withStatementTimeout(sql.statementTimeout());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("device-status.sql: " + e.getMessage(), e);
        }
        var store = SqlStatusStore.of(dataSource, SqlVendors.of(dataSource), options);
        var tenant = Option.of(sql.existingRowsTenant()).map(TenantId::fromString);
        store.migrate(new MigrationOptions(tenant, EXISTING_ROWS_TENANT));
        return store;
    }

    @Bean
    @ConditionalOnMissingBean
    public DeviceStatusApplication deviceStatusApplication(
            StatusStore store, IdGeneratorPort ids, CommandValidator validator, DeviceStatusSettings settings) {
        return new DeviceStatusApplication(store, ids, validator, settings);
    }

    /** The Graph API at {@code device-status.api.path}, in a servlet web application, when enabled. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "device-status.api", name = "enabled", havingValue = "true")
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "jakarta.servlet.http.HttpServlet")
    static class GraphApiConfiguration {

        @Bean
        @ConditionalOnMissingBean
        GraphApi deviceStatusGraphApi(
                DeviceStatusApplication application,
                ObjectProvider<TokenVerifier> verifiers,
                DeviceStatusProperties properties,
                Clock clock,
                ObjectProvider<ReadinessProbe> readiness,
                ObjectProvider<ApiObserver> observer) {
            var api = properties.api();
            var settings = new GraphApiSettings(
                    api.maxBodyBytes(),
                    api.maxSkip(),
                    clock,
                    readiness.getIfAvailable(ReadinessProbe::alwaysReady),
                    observer.getIfAvailable(ApiObserver::none));
            return new GraphApi(application, verifier(verifiers), settings);
        }

        @Bean
        ServletRegistrationBean<GraphServlet> deviceStatusGraphServlet(
                GraphApi api, DeviceStatusProperties properties) {
            var registration = new ServletRegistrationBean<>(
                    new GraphServlet(api), properties.api().urlMapping());
            registration.setName("deviceStatusGraphApi");
            return registration;
        }

        /** The platform's one TokenVerifier: the API verifies every token with it, and there is no default. */
        private static TokenVerifier verifier(ObjectProvider<TokenVerifier> verifiers) {
            var unique = verifiers.getIfUnique();
            if (unique != null) {
                return unique;
            }
            long found = verifiers.stream().count();
            throw new IllegalStateException("device-status.api.enabled=true mounts the Graph API, which verifies"
                    + " every Bearer token with the platform's " + TokenVerifier.class.getName() + " bean, and "
                    + (found == 0 ? "there is none" : "there are " + found + " and none is @Primary")
                    + ". Declare one (e.g. NimbusTokenVerifier.jwks(url, TenantRule...) for Microsoft Entra ID),"
                    + " or set device-status.api.enabled=false.");
        }
    }
}
