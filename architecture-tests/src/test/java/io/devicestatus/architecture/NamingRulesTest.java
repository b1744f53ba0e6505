package io.devicestatus.architecture;

import static io.devicestatus.architecture.Fixture.violation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamingRulesTest {

    @Test
    void inbound_port_types_other_than_use_cases_and_their_records_are_reported() {
        Fixture fixture = Fixture.named("misnamedports");
        String neither = "is neither an interface named *UseCase nor a record named *Command, *Query or *Result";

        assertThat(fixture.violations(fixture.naming().inboundPortNaming()))
                .satisfiesExactlyInAnyOrder(
                        violation("Interface <" + fixture.type("application.port.in.RecordStatus") + ">", neither),
                        violation("Record <" + fixture.type("application.port.in.RecordStatusRequest") + ">", neither),
                        violation("Class <" + fixture.type("application.port.in.StatusView") + ">", neither),
                        violation("Enum <" + fixture.type("application.port.in.Channel") + ">", neither),
                        violation("Annotation <" + fixture.type("application.port.in.AuditedUseCase") + ">", neither),
                        violation(
                                "Interface <" + fixture.type("application.port.in.DeleteStatusCommand") + ">",
                                neither));
    }

    @Test
    void outbound_port_named_for_a_kind_of_port_it_is_not_is_reported() {
        Fixture fixture = Fixture.named("misnamedports");

        assertThat(fixture.violations(fixture.naming().outboundPortNaming()))
                .satisfiesExactlyInAnyOrder(
                        violation(
                                "Interface <" + fixture.type("application.port.out.DeviceStatusStore") + ">",
                                "is named *Store but its method save() answers <void>, not an outbound port"),
                        violation(
                                "Interface <" + fixture.type("application.port.out.AuditedStore") + ">",
                                "is named *Store but its method count() answers <long>, not an outbound port"),
                        violation(
                                "Interface <" + fixture.type("application.port.out.EmptyStore") + ">",
                                "is named *Store but declares no method handing out an outbound port"),
                        violation(
                                "Interface <" + fixture.type("application.port.out.StatusesRepository") + ">",
                                "hands out outbound port <"
                                        + fixture.type("application.port.out.DeviceStatusRepository") + ">",
                                "from statuses() but is not named *Store"),
                        violation(
                                "Interface <" + fixture.type("application.port.out.StatusFinder") + ">",
                                "is named neither *Port, *Repository nor *Store"));
    }

    @Test
    void use_case_implementation_outside_the_services_or_not_named_service_is_reported() {
        Fixture fixture = Fixture.named("misplacedservices");

        assertThat(fixture.violations(fixture.naming().useCaseImplementations()))
                .satisfiesExactlyInAnyOrder(
                        violation(
                                "Class <" + fixture.type("application.service.RecordStatusHandler") + ">",
                                "does not have simple name ending with 'Service'"),
                        violation(
                                "Class <" + fixture.type("adapter.web.FindStatusService") + ">",
                                "does not reside in a package '" + fixture.type("application.service..") + "'"));
    }

    @Test
    void outbound_port_implementation_outside_the_adapters_or_not_named_after_its_port_is_reported() {
        Fixture fixture = Fixture.named("misnamedadapters");

        assertThat(fixture.violations(fixture.naming().outboundAdapterNaming()))
                .satisfiesExactlyInAnyOrder(
                        violation(
                                "Class <" + fixture.type("adapter.memory.InMemoryStore") + ">",
                                "implements outbound port <"
                                        + fixture.type("application.port.out.DeviceStatusRepository") + ">",
                                "its simple name does not end with 'DeviceStatusRepository'"),
                        violation(
                                "Class <" + fixture.type("adapter.memory.InMemoryDeviceStatusRepository") + ">",
                                "implements outbound port <" + fixture.type("application.port.out.AuditPort") + ">",
                                "its simple name does not end with 'Audit'"),
                        violation(
                                "Class <" + fixture.type("adapter.memory.MemoryStore") + ">",
                                "implements outbound port <" + fixture.type("application.port.out.DeviceStatusStore")
                                        + ">",
                                "its simple name does not end with 'DeviceStatusStore'"),
                        violation(
                                "Class <" + fixture.type("application.service.InlineAudit") + ">",
                                "implements outbound port <" + fixture.type("application.port.out.AuditPort") + ">",
                                "does not reside in a package '" + fixture.type("adapter..") + "'"));
    }
}
