package io.devicestatus.adapter.graph.client;

import java.net.URI;

/**
 * Microsoft Graph's national clouds, each with its service root (GRAPH-FACTS.md). A platform picks one, or gives an
 * explicit base URL ({@link GraphBaseUrl#of}) for anything else, such as this project's own server in tests.
 */
public enum GraphCloud {
    GLOBAL("https://graph.microsoft.com"),
    US_GOVERNMENT_L4("https://graph.microsoft.us"),
    US_GOVERNMENT_L5_DOD("https://dod-graph.microsoft.us"),
    CHINA_21VIANET("https://microsoftgraph.chinacloudapi.cn");

    private final URI root;

    GraphCloud(String root) {
        this.root = URI.create(root);
    }

    /** The service root, without a version segment. */
    public URI root() {
        return root;
    }

    /** The cloud's root as a base URL. */
    public GraphBaseUrl baseUrl() {
        return GraphBaseUrl.of(root).get();
    }
}
