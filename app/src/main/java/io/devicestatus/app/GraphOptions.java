package io.devicestatus.app;

import io.devicestatus.adapter.graph.client.AccessTokenProvider;
import io.devicestatus.adapter.graph.client.GraphBaseUrl;
import io.devicestatus.adapter.graph.client.RetryPolicy;
import io.devicestatus.adapter.graph.client.TenantTokens;
import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A remote Graph service and the access token for it, for the commands that talk to one ({@code serve --store
 * graph}, {@code sync}). The token is read again before every request (so it may be rotated), and the service is
 * one tenant's: the token's {@code tid}, or {@code --graph-tenant} for an opaque token. A throttled request is
 * retried within {@code --graph-retry-budget}.
 */
final class GraphOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @picocli.CommandLine.Option(names = "--graph-url", paramLabel = "URL")
    URI graphUrl;

    @picocli.CommandLine.Option(names = "--token-file", paramLabel = "FILE")
    Path tokenFile;

    @picocli.CommandLine.Option(names = "--token-env", paramLabel = "NAME")
    String tokenEnv;

    @picocli.CommandLine.Option(names = "--graph-tenant", paramLabel = "GUID")
    String graphTenant;

    /** The longest {@code --graph-retry-budget}, in whole minutes: an hour outlasts any caller of one request. */
    static final Duration MOST_RETRY_BUDGET = Duration.ofMinutes(60);

    // the client's own default, declared once in RetryPolicy; picocli shows it as the option's default
    @picocli.CommandLine.Option(names = "--graph-retry-budget", paramLabel = "DURATION")
    Duration retryBudget = RetryPolicy.defaults().maxTotal();

    /** The service root; {@code fallback} when none was given, a usage error naming {@code who} without either. */
    GraphBaseUrl url(String who, Option<GraphBaseUrl> fallback) {
        if (graphUrl == null) {
            return fallback.getOrElseThrow(
                    () -> new ParameterException(spec.commandLine(), who + " needs --graph-url"));
        }
        var url = GraphBaseUrl.of(graphUrl);
        if (url.isLeft()) {
            throw new ParameterException(spec.commandLine(), "--graph-url " + url.getLeft());
        }
        return url.get();
    }

    /** The token source, as given: exactly one of {@code --token-file} and {@code --token-env}. */
    AccessTokenProvider tokens(String who) {
        if ((tokenFile == null) == (tokenEnv == null)) {
            throw new ParameterException(spec.commandLine(), who + " needs --token-file or --token-env (one)");
        }
        return tokenFile != null ? AccessTokens.fromFile(tokenFile) : AccessTokens.fromEnvironment(tokenEnv);
    }

    /** Where the token comes from, in words (never the token). */
    String source() {
        return tokenFile != null ? "file " + tokenFile : "environment variable " + tokenEnv;
    }

    /**
     * The client's retry policy: {@link RetryPolicy#defaults()} with {@code --graph-retry-budget} as its time budget;
     * a usage error naming the option when it is out of range.
     */
    RetryPolicy retry() {
        if (retryBudget.isNegative() || retryBudget.compareTo(MOST_RETRY_BUDGET) > 0) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--graph-retry-budget must be from 0s (no retries) to " + MOST_RETRY_BUDGET.toMinutes() + "m, not "
                            + PoolOptions.DurationConverter.show(retryBudget),
                    spec.findOption("--graph-retry-budget"),
                    null);
        }
        return RetryPolicy.defaults().withMaxTotal(retryBudget);
    }

    /** Whether any of these options was given. */
    boolean given() {
        return graphUrl != null || tokenFile != null || tokenEnv != null || graphTenant != null;
    }

    /**
     * The one tenant the service is talked to for: {@code --graph-tenant} or the token's {@code tid}, which must
     * agree; a usage error when neither names one.
     */
    TenantId tenant(String who) {
        var named = Option.of(graphTenant).map(text -> TenantOption.parse(spec.commandLine(), "--graph-tenant", text));
        var tokens = tokens(who);
        var read = Try.of(tokens::accessToken).toOption().flatMap(TenantTokens::tenantOf);
        if (named.isEmpty() && read.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(),
                    who + " needs to know the tenant its token is for,"
                            + " and the token names none that could be read (no readable JWT with a GUID tid); give"
                            + " --graph-tenant GUID");
        }
        if (named.isDefined() && read.exists(t -> !t.equals(named.get()))) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--graph-tenant " + named.get() + " is not the tenant" + " the token is for (" + read.get() + ")");
        }
        return named.orElse(read).get();
    }

    /**
     * The service as {@code tenant}'s store, its client sending only tokens of that tenant and retrying as
     * {@link #retry()} says.
     */
    Storage storage(GraphBaseUrl url, TenantId tenant, RetryPolicy retry, String who, Clock clock) {
        return Storage.graph(url, tokens(who), source(), tenant, retry, clock);
    }
}
