package io.devicestatus.architecture;

import static io.devicestatus.architecture.Fixture.violation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DependencyRulesTest {

    @Test
    void adapter_depending_on_another_adapter_is_reported() {
        Fixture fixture = Fixture.named("adaptercoupling");

        assertThat(fixture.violations(fixture.dependencies().adaptersDoNotDependOnEachOther()))
                .satisfiesExactly(violation(
                        "Slice sql depends on Slice graph",
                        "Method <" + fixture.type("adapter.sql.SqlStore.load()") + ">",
                        "calls method <" + fixture.type("adapter.graph.GraphClient.fetch()") + ">"));
    }

    @Test
    void dependencies_pointing_outwards_are_reported_by_the_layers() {
        Fixture fixture = Fixture.named("hexagonbreach");

        assertThat(fixture.violations(fixture.dependencies().hexagonalLayers()))
                .satisfiesExactlyInAnyOrder(
                        violation(
                                "Method <" + fixture.type("domain.Status.catalog()") + ">",
                                "calls method <" + fixture.type("application.Catalog.name()") + ">"),
                        violation(
                                "Method <" + fixture.type("application.service.RecordService.store()") + ">",
                                "calls method <" + fixture.type("adapter.sql.SqlStore.name()") + ">"),
                        violation(
                                "Method <" + fixture.type("adapter.sql.SqlStore.name()") + ">",
                                "calls method <" + fixture.type("app.Main.version()") + ">"));
    }

    @Test
    void empty_layers_are_reported() {
        Fixture fixture = Fixture.named("domainsql");

        assertThat(fixture.violations(fixture.dependencies().hexagonalLayers()))
                .containsExactlyInAnyOrder(
                        "Layer 'Application' is empty", "Layer 'Adapters' is empty", "Layer 'App' is empty");
    }

    @Test
    void dependency_on_the_composition_root_is_reported() {
        Fixture fixture = Fixture.named("appdependency");

        assertThat(fixture.violations(fixture.dependencies().nothingDependsOnApp()))
                .satisfiesExactlyInAnyOrder(
                        violation(
                                "Method <" + fixture.type("domain.Status.region()") + ">",
                                "calls method <" + fixture.type("app.Settings.region()") + ">"),
                        violation(
                                "Method <" + fixture.type("support.Helper.region()") + ">",
                                "calls method <" + fixture.type("app.Settings.region()") + ">"));
    }

    @Test
    void package_cycle_is_reported() {
        Fixture fixture = Fixture.named("cycle");

        assertThat(fixture.violations(fixture.dependencies().noPackageCycles()))
                .satisfiesExactly(violation(
                        "Cycle detected: Slice domain.a -> ",
                        "Slice domain.b -> ",
                        "Method <" + fixture.type("domain.b.Beta.alpha()") + "> has return type <"
                                + fixture.type("domain.a.Alpha") + ">",
                        "Field <" + fixture.type("domain.a.Alpha.beta") + "> has type <" + fixture.type("domain.b.Beta")
                                + ">"));
    }
}
