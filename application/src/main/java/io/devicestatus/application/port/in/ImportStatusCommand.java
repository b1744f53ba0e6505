package io.devicestatus.application.port.in;

import jakarta.validation.constraints.NotNull;

/**
 * One item of a bulk import.
 *
 * @param mode  whether the item is a create or a report
 * @param scope the parent scope
 * @param draft the properties
 */
public record ImportStatusCommand<S, D>(
        @NotNull Mode mode, @NotNull S scope, @NotNull D draft) {

    /** What an imported item does. */
    public enum Mode {
        /** As {@link CreateStatusCommand}: a new status with a new id; its natural key must be free. */
        CREATE,
        /** As {@link ReportStatusCommand}: create or advance by natural key. */
        REPORT
    }

    public static <S, D> ImportStatusCommand<S, D> create(S scope, D draft) {
        return new ImportStatusCommand<>(Mode.CREATE, scope, draft);
    }

    public static <S, D> ImportStatusCommand<S, D> report(S scope, D draft) {
        return new ImportStatusCommand<>(Mode.REPORT, scope, draft);
    }
}
