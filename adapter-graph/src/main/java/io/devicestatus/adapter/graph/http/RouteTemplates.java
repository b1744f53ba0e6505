package io.devicestatus.adapter.graph.http;

import io.devicestatus.adapter.graph.wire.GraphPaths;
import io.devicestatus.adapter.graph.wire.UriSegments;
import io.devicestatus.domain.common.ApiVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * The route template of a request path, for access logs and metrics: ids replaced by placeholders, so that a metric
 * by route has a fixed, small set of values whatever paths clients send. A path no template matches is
 * {@link #UNMATCHED}; so is a path of more segments than any template has, before any segment is decoded.
 *
 * <p>The table is {@link GraphPaths#collectionTemplates} (each version with only what it has, as {@link Routes}
 * resolves them), plus {@code /health[/live|/ready]}, {@code /{version}/$metadata} and {@code /{version}/$batch}. Versions stay literal: they are few, and traffic by
 * version is worth seeing. A placeholder matches any non-empty segment; a literal matches the decoded segment,
 * except {@code $count}, which (as in {@link Routes}) only counts when sent as is. One trailing slash is tolerated.
 */
final class RouteTemplates {

    /** The route of every path that matches no template. */
    static final String UNMATCHED = "unmatched";

    /** Every template, {@code $count} before {@code {id}} so that a count is not taken for an entity. */
    static final List<String> TEMPLATES = templates();

    private static final List<String[]> SPLIT =
            TEMPLATES.stream().map(t -> t.substring(1).split("/", -1)).toList();
    private static final int MAX_SEGMENTS =
            SPLIT.stream().mapToInt(s -> s.length).max().orElseThrow();

    private RouteTemplates() {}

    /** The template {@code path} (still percent-encoded, from {@code /}) matches, or {@link #UNMATCHED}. */
    static String of(String path) {
        if (!path.startsWith("/")) {
            return UNMATCHED;
        }
        String[] raw = path.substring(1).split("/", MAX_SEGMENTS + 2);
        int size = raw.length > 1 && raw[raw.length - 1].isEmpty() ? raw.length - 1 : raw.length;
        if (size > MAX_SEGMENTS) {
            return UNMATCHED;
        }
        String[] decoded = new String[size];
        for (int i = 0; i < size; i++) {
            decoded[i] = UriSegments.decode(raw[i]).getOrNull();
        }
        for (int t = 0; t < SPLIT.size(); t++) {
            if (matches(SPLIT.get(t), raw, decoded, size)) {
                return TEMPLATES.get(t);
            }
        }
        return UNMATCHED;
    }

    private static boolean matches(String[] template, String[] raw, String[] decoded, int size) {
        if (template.length != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            String part = template[i];
            boolean ok = part.startsWith("{")
                    ? !raw[i].isEmpty()
                    : part.equals(GraphPaths.COUNT) ? raw[i].equals(part) : part.equals(decoded[i]);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static List<String> templates() {
        var all = new ArrayList<>(List.of("/health", "/health/live", "/health/ready"));
        for (ApiVersion version : ApiVersion.values()) {
            String v = "/" + version.pathSegment();
            all.add(v + "/" + MetadataEndpoint.SEGMENT);
            all.add(v + "/" + GraphPaths.BATCH);
            GraphPaths.collectionTemplates(version).forEach(collection -> collection(all, v + collection));
        }
        return List.copyOf(all);
    }

    private static void collection(List<String> all, String collection) {
        all.add(collection);
        all.add(collection + "/" + GraphPaths.COUNT);
        all.add(collection + "/{id}");
    }
}
