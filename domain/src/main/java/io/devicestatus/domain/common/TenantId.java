package io.devicestatus.domain.common;

import io.devicestatus.domain.error.DomainError;
import io.devicestatus.domain.error.Violation;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A Microsoft Entra tenant: Graph's {@code tid}, a GUID. Every status belongs to exactly one tenant; its id, natural
 * key and summaries are that tenant's, and no reader or writer of another tenant sees it.
 *
 * <p>There is deliberately no default tenant: every scope, command and query names one.
 *
 * @param value the GUID; {@link #toString()} is its canonical lowercase form, as tokens and tables carry it
 */
public record TenantId(UUID value) {

    /** The 8-4-4-4-12 hex form Graph writes ({@link UUID#fromString} also takes shorter groups, which Graph never sends). */
    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The length of {@link #toString()}: a GUID's 36 characters. */
    public static final int LENGTH = 36;

    public TenantId {
        Objects.requireNonNull(value, "value");
    }

    /** Validates a tenant id taken from input (a token's {@code tid}, a command line); {@code field} names it. */
    public static Validation<Violation, TenantId> of(String field, String text) {
        if (text == null) {
            return Validation.invalid(Violation.missing(field));
        }
        return GUID.matcher(text).matches()
                ? Validation.valid(new TenantId(UUID.fromString(text)))
                : Validation.invalid(
                        Violation.of(
                                field,
                                text,
                                "is not a tenant id: a GUID of 32 hex digits as 8-4-4-4-12, e.g. 72f988bf-86f1-41af-91ab-2d7cd011db47"));
    }

    /** {@link #of(String, String)} for field {@code tenant}, as a domain result. */
    public static Either<DomainError, TenantId> parse(String text) {
        return of("tenant", text).toEither().mapLeft(violation -> new DomainError.Invalid(List.of(violation)));
    }

    /** A tenant id known to be valid (constants, tests); throws {@link IllegalArgumentException} otherwise. */
    public static TenantId fromString(String text) {
        var tenant = of("tenant", text);
        if (tenant.isInvalid()) {
            throw new IllegalArgumentException(tenant.getError().toString());
        }
        return tenant.get();
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
