package io.devicestatus.app.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.serialization.ValuedEnum;
import io.devicestatus.app.sdk.SdkServer.SdkClients;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/** The seven collection/version pairs the server serves, each as the SDK reaches it, and Graph's error as it sees it. */
final class SdkCollections {

    private SdkCollections() {}

    /** For {@code @MethodSource}: each pair, named, made from a caller's clients. */
    static Stream<Named<Function<SdkClients, SdkCollection<?>>>> all() {
        return Stream.of(
                Named.of("v1.0 iosUpdateStatuses", c -> new V1Collections.IosUpdates(c.v1())),
                Named.of("beta iosUpdateStatuses", c -> new BetaCollections.IosUpdates(c.beta())),
                Named.of(
                        "v1.0 mobileAppConfigurations/{id}/deviceStatuses",
                        c -> new V1Collections.ConfigurationStatuses(c.v1(), "config-1")),
                Named.of(
                        "beta mobileAppConfigurations/{id}/deviceStatuses",
                        c -> new BetaConfigurationCollections.MobileAppConfigurations(c.beta(), "config-1")),
                Named.of(
                        "beta iosLobAppProvisioningConfigurations/{id}/deviceStatuses",
                        c -> new BetaConfigurationCollections.IosLobAppProvisioningConfigurations(c.beta(), "lob-1")),
                Named.of(
                        "beta mobileApps/{id}/userStatuses/{id}/deviceStatuses (request adapter)",
                        c -> new BetaAppInstalls(
                                c.beta(), "/deviceAppManagement/mobileApps/app-1/userStatuses/user-1/deviceStatuses")),
                Named.of(
                        "beta mobileApps/{id}/deviceStatuses (request adapter)",
                        c -> new BetaAppInstalls(c.beta(), "/deviceAppManagement/mobileApps/app-2/deviceStatuses")));
    }

    /** The wire name of an SDK enum member ({@code installing}). */
    static String wire(Object member) {
        return ((ValuedEnum) member).getValue();
    }

    /** Graph's error as the SDK surfaces it: an {@code ODataError} (v1.0 or beta) with status, code and request id. */
    record GraphError(int status, String code, String requestId) {}

    /** Runs a call that must fail and answers the {@code ODataError} it threw. */
    static GraphError graphError(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown)
                .as("an ODataError")
                .isInstanceOfAny(
                        com.microsoft.graph.models.odataerrors.ODataError.class,
                        com.microsoft.graph.beta.models.odataerrors.ODataError.class);
        int status = ((ApiException) thrown).getResponseStatusCode();
        if (thrown instanceof com.microsoft.graph.models.odataerrors.ODataError v1) {
            return new GraphError(
                    status,
                    v1.getError().getCode(),
                    v1.getError().getInnerError().getRequestId());
        }
        var beta = (com.microsoft.graph.beta.models.odataerrors.ODataError) thrown;
        return new GraphError(
                status,
                beta.getError().getCode(),
                beta.getError().getInnerError().getRequestId());
    }
}
