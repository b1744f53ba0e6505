package io.devicestatus.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.adapter.graph.client.AccessTokenProvider;
import io.devicestatus.adapter.graph.client.GraphBaseUrl;
import io.devicestatus.adapter.graph.client.RetryPolicy;
import io.devicestatus.adapter.graph.store.GraphVersions;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.AppInstallProperties;
import io.devicestatus.application.model.IosUpdateKind;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.Match;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.in.ImportItemResult;
import io.devicestatus.application.port.in.ImportStatusCommand;
import io.devicestatus.application.port.in.ImportSummaryResult;
import io.devicestatus.application.port.out.ListPosition;
import io.devicestatus.application.port.out.ListRequest;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.appinstall.ResultantAppStateDetail;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.ReportTimePolicy;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.error.Violation;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.OffsetDateTime;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** What the Graph store does beyond the port contract, against this project's server over loopback. */
class GraphStoreBehaviourTest {

    private static final ReportTimePolicy POLICY = ReportTimePolicy.withDefaultSkew(GraphStoreUnderTest.SERVER_CLOCK);
    private static final TenantId TENANT = GraphStoreUnderTest.TENANT;
    private static final GraphDateTime REPORTED =
            new GraphDateTime(OffsetDateTime.parse("2026-11-23T10:00:00.1234567+01:00"));

    @Test
    void ids_that_look_like_paths_or_queries_stay_one_path_segment() throws Exception {
        try (var graph = GraphStoreUnderTest.start()) {
            var repository = graph.store.iosUpdateStatuses();
            var ids = List.of("../x", "a/b", "a?b=c", "a#b", "%2F", "...", "a b&$top=1", "%2E%2E");
            ids.zipWithIndex()
                    .forEach(id -> repository
                            .insert(ios(id._1, id._2, IosUpdatesInstallStatus.AVAILABLE))
                            .getOrElseThrow(error -> new AssertionError(id._1 + ": " + error.message())));

            for (String id : ids) {
                assertThat(repository
                                .findById(TenantScope.of(TENANT), id)
                                .getOrElseThrow(error -> new AssertionError(id + ": " + error.message()))
                                .map(v -> v.value().id().value()))
                        .as(id)
                        .contains(id);
            }
            assertThat(repository
                            .count(TENANT, Option.none(), StatusFilter.any())
                            .get())
                    .isEqualTo(ids.size());
            assertThat(repository
                            .delete(TenantScope.of(TENANT), "a/b", Option.none())
                            .isRight())
                    .isTrue();
            assertThat(repository.findById(TenantScope.of(TENANT), "a").get()).isEmpty();
            assertThat(repository
                            .count(TENANT, Option.none(), StatusFilter.any())
                            .get())
                    .isEqualTo(ids.size() - 1);
        }
    }

    @Test
    void the_default_v1_store_refuses_a_beta_only_member_naming_the_field_and_stores_nothing() throws Exception {
        try (var graph = GraphStoreUnderTest.start(GraphVersions.defaults())) {
            var repository = graph.store.iosUpdateStatuses();

            var refused = repository.insert(ios("id-1", 1, IosUpdatesInstallStatus.MDM_CLIENT_CRASHED));

            assertThat(refused.getLeft()).isInstanceOf(ApplicationError.Invalid.class);
            var violations = ((ApplicationError.Invalid) refused.getLeft()).violations();
            assertThat(violations.map(Violation::field)).containsExactly("installStatus");
            assertThat(violations.head().message()).contains("exists only in beta", "request-id", "client-request-id");
            assertThat(repository
                            .count(TENANT, Option.none(), StatusFilter.any())
                            .get())
                    .isZero();
            assertThat(repository
                            .insert(ios("id-2", 2, IosUpdatesInstallStatus.AVAILABLE))
                            .isRight())
                    .isTrue();
        }
    }

    @Test
    void app_install_statuses_on_a_service_that_retired_them_are_a_clear_invalid_scope() throws Exception {
        try (var graph = GraphStoreUnderTest.start(GraphVersions.defaults().withAppInstall(ApiVersion.V1_0))) {
            var scope = new AppInstallScope(TENANT, "app-1", Option.none());
            var repository = graph.store.appInstallStatuses();

            var refused = repository.findById(scope, "id-1");

            assertThat(refused.getLeft()).isInstanceOf(ApplicationError.Invalid.class);
            var violation =
                    ((ApplicationError.Invalid) refused.getLeft()).violations().head();
            assertThat(violation.field()).isEqualTo("scope");
            assertThat(violation.message())
                    .contains(
                            "no longer serves",
                            "Resource not found for the segment " + "'deviceStatuses'",
                            "June 2023");
            var draft = AppInstallProperties.draft()
                    .set(AppInstallProperties.DEVICE_NAME, "iPad")
                    .set(AppInstallProperties.DEVICE_ID, "device-1")
                    .set(AppInstallProperties.LAST_SYNC_DATE_TIME, REPORTED)
                    .set(AppInstallProperties.MOBILE_APP_INSTALL_STATUS_VALUE, ResultantAppState.INSTALLED)
                    .set(AppInstallProperties.INSTALL_STATE, ResultantAppState.INSTALLED)
                    .set(
                            AppInstallProperties.INSTALL_STATE_DETAIL,
                            List.of(ResultantAppStateDetail.values())
                                    .find(d -> d.isCompatibleWith(ResultantAppState.INSTALLED))
                                    .get())
                    .set(AppInstallProperties.ERROR_CODE, 0)
                    .set(AppInstallProperties.OS_VERSION, "17.1")
                    .set(AppInstallProperties.USER_NAME, "Anna")
                    .set(AppInstallProperties.USER_PRINCIPAL_NAME, "anna@contoso.com")
                    .set(AppInstallProperties.DISPLAY_VERSION, "1.0")
                    .build();
            var status =
                    MobileAppInstallStatus.create("id-1", scope, draft, POLICY).get();
            assertThat(repository.insert(status).getLeft()).isInstanceOf(ApplicationError.Invalid.class);
        }
    }

    @Test
    void a_continuation_to_another_place_is_refused_unsent() throws Exception {
        try (var graph = GraphStoreUnderTest.start()) {
            var repository = graph.store.iosUpdateStatuses();
            repository.insert(ios("id-1", 1, IosUpdatesInstallStatus.AVAILABLE)).get();

            for (String resume : List.of(
                    "https://evil.example/beta/deviceManagement/iosUpdateStatuses?$skiptoken=x",
                    graph.server.baseUri() + "/beta/deviceAppManagement/mobileApps/x/deviceStatuses?$top=1",
                    graph.server.baseUri() + "/beta/deviceManagement/iosUpdateStatusesX?$top=1")) {
                var after = ListPosition.afterId("id-0").resumingWith(resume);
                var refused = repository.list(new ListRequest<>(
                        TENANT, Option.none(), StatusFilter.any(), ListOrder.ID, Option.some(after), 10));
                assertThat(refused.getLeft()).as(resume).isInstanceOf(ApplicationError.Invalid.class);
                assertThat(((ApplicationError.Invalid) refused.getLeft())
                                .violations()
                                .head()
                                .field())
                        .isEqualTo("cursor");
            }
        }
    }

    @Test
    void serve_over_the_graph_store_pages_by_the_upstream_nextlink_and_writes_upstream() throws Exception {
        try (var upstream = GraphStoreUnderTest.start();
                var proxy = ServerUnderTest.over(Storage.graph(
                        GraphBaseUrl.of(upstream.server.baseUri()).get(),
                        AccessTokenProvider.fixed(upstream.token(TENANT)),
                        "test",
                        TENANT,
                        RetryPolicy.defaults(),
                        GraphStoreUnderTest.SERVER_CLOCK))) {
            String caller = proxy.sign(List.of(ServerUnderTest.CONFIG_WRITE), List.empty(), TENANT.toString());
            for (int n = 0; n < 5; n++) {
                var created = proxy.post("/v1.0/deviceManagement/iosUpdateStatuses", caller, """
                        {"installStatus": "available", "deviceId": "device-%d", "osVersion": "17.1", "status": "compliant",
                         "complianceGracePeriodExpirationDateTime": "2026-12-31T00:00:00Z",
                         "lastReportedDateTime": "2026-11-23T10:00:0%d.1234567+01:00"}""".formatted(n, n));
                assertThat(created.status()).as(created.body()).isEqualTo(201);
            }
            assertThat(upstream.store
                            .iosUpdateStatuses()
                            .count(TENANT, Option.none(), StatusFilter.any())
                            .get())
                    .isEqualTo(5);

            var seen = new HashSet<String>();
            String next = "/v1.0/deviceManagement/iosUpdateStatuses?$top=2&$orderby=lastReportedDateTime%20desc";
            int pages = 0;
            while (next != null) {
                var page = ServerUnderTest.json(proxy.get(next, caller).body());
                page.get("value")
                        .forEach(
                                item -> assertThat(seen.add(item.get("deviceId").textValue()))
                                        .isTrue());
                next = page.has("@odata.nextLink") ? page.get("@odata.nextLink").textValue() : null;
                pages++;
            }
            assertThat(pages).isEqualTo(3);
            assertThat(seen).containsExactlyInAnyOrder("device-0", "device-1", "device-2", "device-3", "device-4");
        }
    }

    @Test
    void the_import_use_case_over_the_graph_store_creates_then_advances_by_device() throws Exception {
        try (var graph = GraphStoreUnderTest.start()) {
            var application = Storage.application(graph.store, GraphStoreUnderTest.SERVER_CLOCK);
            var reports = List.range(0, 3)
                    .flatMap(round -> List.range(0, 30)
                            .map(device -> ImportStatusCommand.report(
                                    TenantScope.of(TENANT),
                                    IosUpdateProperties.draft()
                                            .set(
                                                    IosUpdateProperties.INSTALL_STATUS,
                                                    round == 2
                                                            ? IosUpdatesInstallStatus.SUCCESS
                                                            : IosUpdatesInstallStatus.DOWNLOADING)
                                            .set(IosUpdateProperties.OS_VERSION, "17.1")
                                            .set(IosUpdateProperties.DEVICE_ID, "device-" + device)
                                            .set(IosUpdateProperties.DEVICE_DISPLAY_NAME, "iPad")
                                            .set(IosUpdateProperties.DEVICE_MODEL, "iPad13,1")
                                            .set(
                                                    IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME,
                                                    REPORTED)
                                            .set(IosUpdateProperties.STATUS, ComplianceStatus.COMPLIANT)
                                            .set(
                                                    IosUpdateProperties.LAST_REPORTED_DATE_TIME,
                                                    new GraphDateTime(
                                                            REPORTED.value().plusMinutes(round)))
                                            .set(IosUpdateProperties.USER_PRINCIPAL_NAME, "anna@contoso.com")
                                            .build())));
            var results = new java.util.ArrayList<ImportItemResult<IosUpdateDeviceStatus>>();

            var summary = application.iosUpdates().importAll(TENANT, reports.iterator(), results::add);

            assertThat(summary).isEqualTo(new ImportSummaryResult(30, 60, 0, 0));
            var stored = graph.store.iosUpdateStatuses();
            assertThat(stored.count(TENANT, Option.none(), StatusFilter.any()).get())
                    .isEqualTo(30);
            assertThat(stored.count(
                                    TENANT,
                                    Option.none(),
                                    StatusFilter.of(
                                            IosUpdateProperties.INSTALL_STATUS,
                                            Match.eq(IosUpdatesInstallStatus.SUCCESS)))
                            .get())
                    .isEqualTo(30);
            assertThat(List.ofAll(results).map(r -> r.result().get().version()).takeRight(30))
                    .containsOnly(3L);
        }
    }

    private static IosUpdateDeviceStatus ios(String id, int device, IosUpdatesInstallStatus installStatus) {
        return IosUpdateKind.INSTANCE
                .create(
                        id,
                        TenantScope.of(TENANT),
                        IosUpdateProperties.draft()
                                .set(IosUpdateProperties.INSTALL_STATUS, installStatus)
                                .set(IosUpdateProperties.OS_VERSION, "17.1")
                                .set(IosUpdateProperties.DEVICE_ID, "device-" + device)
                                .set(IosUpdateProperties.DEVICE_DISPLAY_NAME, "iPad")
                                .set(IosUpdateProperties.DEVICE_MODEL, "iPad13,1")
                                .set(IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME, REPORTED)
                                .set(IosUpdateProperties.STATUS, ComplianceStatus.COMPLIANT)
                                .set(IosUpdateProperties.LAST_REPORTED_DATE_TIME, REPORTED)
                                .set(IosUpdateProperties.USER_PRINCIPAL_NAME, "anna@contoso.com")
                                .build(),
                        POLICY)
                .get();
    }
}
