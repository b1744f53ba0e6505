package io.devicestatus.domain.common;

/**
 * Graph's {@code complianceStatus}: the compliance of a device with the policy a status reports on. The values have
 * no order: any value may follow any other, but only these values exist.
 */
public enum ComplianceStatus implements GraphEnum {
    UNKNOWN("unknown", 0),
    NOT_APPLICABLE("notApplicable", 1),
    COMPLIANT("compliant", 2),
    REMEDIATED("remediated", 3),
    NON_COMPLIANT("nonCompliant", 4),
    ERROR("error", 5),
    CONFLICT("conflict", 6),
    NOT_ASSIGNED("notAssigned", 7);

    public static final GraphEnumType<ComplianceStatus> TYPE =
            GraphEnumType.of("complianceStatus", ComplianceStatus.class);

    private final Member member;

    ComplianceStatus(String wireName, int value) {
        this.member = new Member(wireName, value, ApiVersion.ALL);
    }

    @Override
    public Member member() {
        return member;
    }
}
