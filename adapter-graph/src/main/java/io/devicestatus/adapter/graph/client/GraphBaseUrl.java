package io.devicestatus.adapter.graph.client;

import io.vavr.control.Either;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * Where requests go: an https service root, or an http one on a loopback address (tests against a local server).
 * Tokens travel with every request, so plain http to anywhere else is refused.
 *
 * @param root scheme, host, optional port and path prefix, without a trailing slash or version segment
 */
public record GraphBaseUrl(URI root) {

    public GraphBaseUrl {
        Objects.requireNonNull(root, "root");
    }

    /** The URL, or why it cannot carry tokens. */
    public static Either<String, GraphBaseUrl> of(URI url) {
        Objects.requireNonNull(url, "url");
        if (url.getHost() == null
                || url.getRawQuery() != null
                || url.getRawFragment() != null
                || url.getRawUserInfo() != null) {
            return Either.left(
                    "'" + url + "' is not a base URL: give scheme, host, optional port and path, nothing else");
        }
        if (httpsOrLoopback(url)) {
            String text = url.toString();
            return Either.right(
                    new GraphBaseUrl(URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text)));
        }
        return Either.left(
                "'" + url + "' must be https (http only on a loopback address): every request carries a token");
    }

    /**
     * Whether {@code url} may carry a secret or fetch keys: https, or http to a loopback address (a name other than
     * {@code localhost} is never resolved for this).
     */
    public static boolean httpsOrLoopback(URI url) {
        String scheme = url.getScheme();
        return "https".equalsIgnoreCase(scheme)
                || "http".equalsIgnoreCase(scheme) && url.getHost() != null && isLoopback(url.getHost());
    }

    private static boolean isLoopback(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        // only literal addresses are judged; a name is never resolved here
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
