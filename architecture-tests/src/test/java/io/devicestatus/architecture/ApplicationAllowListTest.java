package io.devicestatus.architecture;

import static io.devicestatus.architecture.Fixture.violation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApplicationAllowListTest {

    @Test
    void application_using_jdbc_network_file_and_nio_apis_is_reported() {
        Fixture fixture = Fixture.named("applicationio");
        String service = "Method <" + fixture.type("application.service.ExportService.");

        assertThat(fixture.violations(fixture.purity().applicationAllowList()))
                .satisfiesExactlyInAnyOrder(
                        violation(
                                service + "driverRegistered()>", "calls method <java.sql.DriverManager.getDrivers()>"),
                        violation(
                                service + "target(java.lang.String)>",
                                "calls method <java.net.URI.create(java.lang.String)>"),
                        violation(service + "file(java.lang.String)>", "calls method <java.nio.file.Path.of("),
                        violation(service + "separator()>", "gets field <java.io.File.separator>"));
    }

    @Test
    void application_using_a_library_missing_from_the_allow_list_is_reported() {
        Fixture fixture = Fixture.named("applicationlibrary");

        assertThat(fixture.violations(fixture.purity().applicationAllowList()))
                .satisfiesExactly(violation(
                        "Method <" + fixture.type("application.service.ReportService.title(java.lang.String)") + ">",
                        "calls method <org.assertj.core.util.Strings.isNullOrEmpty(java.lang.String)>"));
    }

    @Test
    void application_depending_on_an_adapter_is_reported() {
        Fixture fixture = Fixture.named("hexagonbreach");

        assertThat(fixture.violations(fixture.purity().applicationAllowList()))
                .satisfiesExactly(violation(
                        "Method <" + fixture.type("application.service.RecordService.store()") + ">",
                        "calls method <" + fixture.type("adapter.sql.SqlStore.name()") + ">"));
    }
}
