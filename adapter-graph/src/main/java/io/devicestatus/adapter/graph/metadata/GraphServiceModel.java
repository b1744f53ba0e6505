package io.devicestatus.adapter.graph.metadata;

import io.devicestatus.adapter.graph.codec.EntityCodec;
import io.devicestatus.adapter.graph.codec.EntityCodecs;
import io.devicestatus.adapter.graph.codec.PropertyShape;
import io.devicestatus.domain.appconfig.ConfigurationCollection;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.GraphEnumType;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The CSDL schema of one API version, derived from the codecs' property tables and the domain's enums, so that a
 * property, an enum member or a beta-only path added there appears here without an edit.
 *
 * <p>The entity container mirrors the paths the API serves (see {@code http.Routes}), as Graph models them: the
 * singletons {@code deviceManagement} and {@code deviceAppManagement}, and under them containment navigation
 * properties down to the status collections. The types between (a {@code mobileApp}, a
 * {@code managedDeviceMobileAppConfiguration}, ...) are declared with their key and navigation properties only:
 * this service stores statuses, not the objects they hang under, and {@code GET} on one of those is refused.
 * Every entity type derives, as in Graph, from the abstract {@code microsoft.graph.entity} with its key {@code id}.
 */
public final class GraphServiceModel {

    /** Graph's namespace; the codecs' {@code @odata.type} names start with it. */
    public static final String NAMESPACE = "microsoft.graph";
    /** The name of Graph's entity container. */
    public static final String CONTAINER = "GraphService";

    static final String ENTITY = "entity";
    static final String ID = "id";

    private GraphServiceModel() {}

    /** The schema of {@code version}. */
    public static Csdl.Schema of(ApiVersion version) {
        var singletons = List.of(
                        parent(
                                "deviceManagement",
                                List.of(statuses("iosUpdateStatuses", EntityCodecs.IOS_UPDATE, version))),
                        parent(
                                "deviceAppManagement",
                                List.of(ConfigurationCollection.values())
                                        .filter(collection ->
                                                collection.versions().contains(version))
                                        .map(collection -> configurations(collection, version))
                                        .append(mobileApps(version))))
                .flatMap(Option::toList);
        var statusCodecs = statusCodecs(singletons);
        var parents = parents(singletons);
        var enums = statusCodecs
                .flatMap(EntityCodec::shape)
                .filter(p -> p.versions().contains(version))
                .map(PropertyShape::type)
                .filter(PropertyShape.Enumeration.class::isInstance)
                .map(t -> ((PropertyShape.Enumeration) t).type())
                .distinct();
        var entity = new Csdl.EntityType(
                ENTITY,
                Option.none(),
                true,
                List.of(ID),
                List.of(new Csdl.Property(ID, "Edm.String", false)),
                List.empty());
        return new Csdl.Schema(
                NAMESPACE,
                enums.map(e -> enumType(e, version)),
                List.of(entity)
                        .appendAll(statusCodecs.map(codec -> statusType(codec, version)))
                        .appendAll(parents.map(GraphServiceModel::parentType)),
                new Csdl.Container(
                        CONTAINER, singletons.map(s -> new Csdl.Singleton(s.typeName(), qualified(s.typeName())))));
    }

    /** {@code name} in Graph's namespace. */
    public static String qualified(String name) {
        return NAMESPACE + "." + name;
    }

    /** A type in the navigation tree: a status type (a leaf) or a type the statuses hang under. */
    private sealed interface Node permits Statuses, Parent {
        String typeName();
    }

    private record Statuses(EntityCodec<?, ?> codec) implements Node {
        Statuses {
            if (!codec.odataType().startsWith("#" + NAMESPACE + ".")) {
                throw new IllegalArgumentException(codec.odataType() + " is not in namespace " + NAMESPACE);
            }
        }

        @Override
        public String typeName() {
            return codec.odataType().substring(("#" + NAMESPACE + ".").length());
        }
    }

    private record Parent(String typeName, List<Edge> edges) implements Node {}

    /** A containment navigation property from a parent to the collection of {@code target}. */
    private record Edge(String name, Node target) {}

    private static Option<Edge> statuses(String name, EntityCodec<?, ?> codec, ApiVersion version) {
        return codec.versions().contains(version) ? Option.some(new Edge(name, new Statuses(codec))) : Option.none();
    }

    /** A parent with the edges that exist; none when no edge does (a path the version does not have). */
    private static Option<Parent> parent(String typeName, List<Option<Edge>> edges) {
        var present = edges.flatMap(Option::toList);
        return present.isEmpty() ? Option.none() : Option.some(new Parent(typeName, present));
    }

    private static Option<Edge> configurations(ConfigurationCollection collection, ApiVersion version) {
        // the type of the collection's members: a switch expression, so that a new collection must be named here
        String memberType = switch (collection) {
            case MOBILE_APP_CONFIGURATIONS -> "managedDeviceMobileAppConfiguration";
            case IOS_LOB_APP_PROVISIONING_CONFIGURATIONS -> "iosLobAppProvisioningConfiguration";
        };
        return parent(memberType, List.of(statuses("deviceStatuses", EntityCodecs.APP_CONFIGURATION, version)))
                .map(member -> new Edge(collection.pathSegment(), member));
    }

    /** {@code mobileApps/{id}/deviceStatuses} and {@code mobileApps/{id}/userStatuses/{id}/deviceStatuses}. */
    private static Option<Edge> mobileApps(ApiVersion version) {
        var userStatuses = parent(
                        "userAppInstallStatus", List.of(statuses("deviceStatuses", EntityCodecs.APP_INSTALL, version)))
                .map(userStatus -> new Edge("userStatuses", userStatus));
        return parent("mobileApp", List.of(statuses("deviceStatuses", EntityCodecs.APP_INSTALL, version), userStatuses))
                .map(app -> new Edge("mobileApps", app));
    }

    /** Every node under {@code roots} (the roots too), depth first, each type once. */
    private static List<Node> nodes(List<? extends Node> roots) {
        var seen = LinkedHashMap.<String, Node>empty();
        var pending = List.<Node>ofAll(roots);
        while (!pending.isEmpty()) {
            Node node = pending.head();
            pending = pending.tail();
            if (!seen.containsKey(node.typeName())) {
                seen = seen.put(node.typeName(), node);
                if (node instanceof Parent parent) {
                    pending = parent.edges().map(Edge::target).appendAll(pending);
                }
            }
        }
        return seen.values().toList();
    }

    private static List<EntityCodec<?, ?>> statusCodecs(List<Parent> roots) {
        return nodes(roots).filter(Statuses.class::isInstance).map(n -> ((Statuses) n).codec());
    }

    private static List<Parent> parents(List<Parent> roots) {
        return nodes(roots).filter(Parent.class::isInstance).map(Parent.class::cast);
    }

    private static Csdl.EntityType statusType(EntityCodec<?, ?> codec, ApiVersion version) {
        var properties = codec.shape()
                .filter(p -> p.versions().contains(version))
                .map(p -> new Csdl.Property(p.name(), typeName(p.type()), p.nullable()))
                .toList();
        return new Csdl.EntityType(
                new Statuses(codec).typeName(),
                Option.some(qualified(ENTITY)),
                false,
                List.empty(),
                properties,
                List.empty());
    }

    private static Csdl.EntityType parentType(Parent parent) {
        return new Csdl.EntityType(
                parent.typeName(),
                Option.some(qualified(ENTITY)),
                false,
                List.empty(),
                List.empty(),
                parent.edges()
                        .map(e -> new Csdl.Navigation(
                                e.name(), qualified(e.target().typeName()), true)));
    }

    private static Csdl.EnumType enumType(GraphEnumType<?> type, ApiVersion version) {
        return new Csdl.EnumType(
                type.graphName(), type.members(version).map(m -> new Csdl.Member(m.wireName(), m.value())));
    }

    private static String typeName(PropertyShape.Type type) {
        if (type instanceof PropertyShape.Enumeration enumeration) {
            return qualified(enumeration.type().graphName());
        }
        return ((PropertyShape.Primitive) type).edmName();
    }
}
