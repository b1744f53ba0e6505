package io.devicestatus.architecture;

import static io.devicestatus.architecture.Fixture.violation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DomainAllowListTest {

    @Test
    void domain_class_calling_java_sql_is_reported() {
        Fixture fixture = Fixture.named("domainsql");

        assertThat(fixture.violations(fixture.purity().domainAllowList()))
                .satisfiesExactly(violation(
                        "Method <" + fixture.type("domain.LeakyStatus.driverRegistered()") + ">",
                        "calls method <java.sql.DriverManager.getDrivers()>"));
    }

    @Test
    void domain_classes_using_java_io_nio_and_net_are_reported() {
        Fixture fixture = Fixture.named("domainio");

        assertThat(fixture.violations(fixture.purity().domainAllowList()))
                .satisfiesExactlyInAnyOrder(
                        violation(
                                "Method <" + fixture.type("domain.FileStatus.separator()") + ">",
                                "gets field <java.io.File.separator>"),
                        violation(
                                "Method <" + fixture.type("domain.PathStatus.location(java.lang.String)") + ">",
                                "calls method <java.nio.file.Paths.get("),
                        violation(
                                "Method <" + fixture.type("domain.RemoteStatus.endpoint(java.lang.String)") + ">",
                                "calls method <java.net.URI.create(java.lang.String)>"));
    }

    @Test
    void domain_class_using_a_library_missing_from_the_allow_list_is_reported() {
        Fixture fixture = Fixture.named("domainlibrary");

        assertThat(fixture.violations(fixture.purity().domainAllowList()))
                .satisfiesExactly(violation(
                        "Method <" + fixture.type("domain.BlankCheckingStatus.blank(java.lang.String)") + ">",
                        "calls method <org.assertj.core.util.Strings.isNullOrEmpty(java.lang.String)>"));
    }

    @Test
    void arrays_are_judged_by_their_component_type() {
        Fixture fixture = Fixture.named("domainarrays");
        String count = "Method <" + fixture.type("domain.Samples.count([Ljava.io.File;)") + ">";

        assertThat(fixture.violations(fixture.purity().domainAllowList()))
                .satisfiesExactlyInAnyOrder(
                        violation(count, "has parameter of type <[Ljava.io.File;>"),
                        violation(count, "depends on component type <java.io.File>"));
    }
}
