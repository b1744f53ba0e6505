package io.devicestatus.application.contract;

import static io.devicestatus.application.contract.ContractStatuses.at;
import static io.devicestatus.application.contract.ContractStatuses.pick;

import io.devicestatus.application.model.IosUpdateKind;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.Match;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.StatusKind;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.out.StatusRepository;
import io.devicestatus.application.port.out.StatusStore;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The contract of {@link StatusStore#iosUpdateStatuses()}. An adapter's test extends it and implements
 * {@link #newStore()}.
 */
public abstract class IosUpdateStatusRepositoryContract
        extends StatusRepositoryContract<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> {

    private static final IosUpdatesInstallStatus[] INSTALL_STATUSES = IosUpdatesInstallStatus.values();
    private static final ComplianceStatus[] COMPLIANCE = ComplianceStatus.values();

    @Override
    protected final StatusRepository<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> repositoryOf(
            StatusStore store) {
        return store.iosUpdateStatuses();
    }

    @Override
    protected final StatusKind<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> kind() {
        return IosUpdateKind.INSTANCE;
    }

    @Override
    protected final Seq<TenantScope> scopes(TenantId tenant) {
        return List.of(TenantScope.of(tenant));
    }

    @Override
    protected final IosUpdateDeviceStatus status(
            String id, TenantScope scope, int device, int variant, GraphDateTime reportTime) {
        var draft = IosUpdateProperties.draft()
                .set(IosUpdateProperties.INSTALL_STATUS, pick(INSTALL_STATUSES, variant))
                .set(IosUpdateProperties.OS_VERSION, "17." + variant % 7)
                .set(IosUpdateProperties.DEVICE_ID, device < 0 ? null : "device-" + device)
                .set(IosUpdateProperties.USER_ID, variant % 3 == 0 ? null : "user-" + variant)
                .set(IosUpdateProperties.DEVICE_DISPLAY_NAME, "Anna's iPad " + device)
                .set(IosUpdateProperties.USER_NAME, "Anna")
                .set(IosUpdateProperties.DEVICE_MODEL, "iPad13," + variant % 4)
                .set(IosUpdateProperties.PLATFORM, variant % 2 == 0 ? null : variant)
                .set(IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME, at(-600 - variant))
                .set(IosUpdateProperties.STATUS, pick(COMPLIANCE, variant / 3))
                .set(IosUpdateProperties.LAST_REPORTED_DATE_TIME, reportTime)
                .set(IosUpdateProperties.USER_PRINCIPAL_NAME, "anna" + variant + "@contoso.com")
                .build();
        return ContractStatuses.valid(IosUpdateKind.INSTANCE.create(id, scope, draft, ContractStatuses.POLICY));
    }

    @Override
    protected final Seq<StatusFilter<IosUpdateDeviceStatus.Draft>> sampleFilters() {
        var any = StatusFilter.<IosUpdateDeviceStatus.Draft>any();
        return List.of(
                any,
                any.and(IosUpdateProperties.INSTALL_STATUS, Match.eq(IosUpdatesInstallStatus.AVAILABLE)),
                any.and(IosUpdateProperties.INSTALL_STATUS, Match.ne(IosUpdatesInstallStatus.AVAILABLE)),
                any.and(
                        IosUpdateProperties.INSTALL_STATUS,
                        Match.in(
                                IosUpdatesInstallStatus.SUCCESS,
                                IosUpdatesInstallStatus.DOWNLOADING,
                                IosUpdatesInstallStatus.UNKNOWN,
                                IosUpdatesInstallStatus.TIMEOUT)),
                any.and(IosUpdateProperties.INSTALL_STATUS, Match.in()),
                any.and(IosUpdateProperties.STATUS, Match.eq(ComplianceStatus.COMPLIANT)),
                any.and(
                        IosUpdateProperties.STATUS,
                        Match.<ComplianceStatus>ne(ComplianceStatus.COMPLIANT).and(Match.ne(ComplianceStatus.ERROR))),
                any.and(IosUpdateProperties.STATUS, Match.in(ComplianceStatus.UNKNOWN, ComplianceStatus.NOT_ASSIGNED))
                        .and(
                                IosUpdateProperties.INSTALL_STATUS,
                                Match.<IosUpdatesInstallStatus>ne(IosUpdatesInstallStatus.IDLE)),
                any.and(IosUpdateProperties.DEVICE_ID, Match.eq("device-3")),
                any.and(IosUpdateProperties.DEVICE_ID, Match.ne("device-3")),
                any.and(IosUpdateProperties.DEVICE_ID, Match.in("device-1", "device-12", "device-40", "nobody's")),
                any.and(
                                IosUpdateProperties.DEVICE_ID,
                                Match.<String>ne("device-1").and(Match.ne("device-2")))
                        .and(IosUpdateProperties.STATUS, Match.ne(ComplianceStatus.REMEDIATED)),
                any.and(
                        IosUpdateProperties.DEVICE_ID,
                        Match.<String>eq("device-5").and(Match.ne("device-5"))),
                any.and(
                                IosUpdateProperties.INSTALL_STATUS,
                                Match.<IosUpdatesInstallStatus>in(IosUpdatesInstallStatus.values())
                                        .and(Match.ne(IosUpdatesInstallStatus.SUCCESS)))
                        .and(
                                IosUpdateProperties.DEVICE_ID,
                                Match.in("device-0", "device-7", "device-8", "device-21", "device-33")));
    }
}
