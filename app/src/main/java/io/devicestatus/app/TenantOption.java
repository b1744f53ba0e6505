package io.devicestatus.app;

import io.devicestatus.domain.common.TenantId;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** A command-line option that names a tenant: its GUID, checked as the domain checks it. */
final class TenantOption {

    private TenantOption() {}

    /** {@code text} as a tenant; a usage error (exit code 2) naming {@code option} and the form otherwise. */
    static TenantId parse(CommandLine commandLine, String option, String text) {
        var tenant = TenantId.of(option, text.strip());
        if (tenant.isInvalid()) {
            throw new ParameterException(
                    commandLine,
                    option + " '" + text + "' is not a tenant id: a GUID written"
                            + " 8-4-4-4-12, e.g. 72f988bf-86f1-41af-91ab-2d7cd011db47");
        }
        return tenant.get();
    }
}
