package io.devicestatus.adapter.graph.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.StatusKind;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.StatusId;
import io.devicestatus.domain.error.Violation;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * Graph's JSON form of one entity type, both ways. Reading refuses, with every violation at once and each naming its
 * field: a body that is not a JSON object, an {@code @odata.type} of another type, unknown properties, properties or
 * enum members the request's API version does not have, wrong JSON types, {@code null} for a non-nullable property,
 * an {@code id} in a PATCH that is not the one the URL names, and an {@code id} in a create that is no valid id (not
 * a string, blank, longer than 128 characters; the domain's rule). A create may carry the client's {@code id}: an
 * outbound client keeps the id its application minted, and a retried create cannot store a duplicate. Absent and
 * {@code null} stay apart ({@link EntityBody#nulls()}), which PATCH needs.
 *
 * @param <T> the aggregate
 * @param <D> its draft
 */
public final class EntityCodec<T, D> {

    static final String ODATA_TYPE = "@odata.type";
    static final String ID = "id";

    private final StatusKind<T, ?, D> kind;
    private final java.util.Set<ApiVersion> versions;
    private final String odataType;
    private final Map<String, WireProperty<D>> properties;

    /** The codec of {@code kind}'s properties: its property table plus the wire format of each value type. */
    EntityCodec(StatusKind<T, ?, D> kind, String qualifiedType, java.util.Set<ApiVersion> versions) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.versions = Objects.requireNonNull(versions, "versions");
        this.odataType = "#" + Objects.requireNonNull(qualifiedType, "qualifiedType");
        this.properties = LinkedHashMap.ofEntries(
                kind.properties().all().map(WireProperty::of).map(p -> io.vavr.Tuple.of(p.name(), p)));
    }

    public StatusKind<T, ?, D> kind() {
        return kind;
    }

    /** The API versions that have this entity type. */
    public java.util.Set<ApiVersion> versions() {
        return versions;
    }

    /** The {@code @odata.type} annotation, e.g. {@code #microsoft.graph.iosUpdateDeviceStatus}. */
    public String odataType() {
        return odataType;
    }

    /** The property names an entity has on the wire in {@code version}, {@code id} first. */
    public Seq<String> propertyNames(ApiVersion version) {
        return List.of(ID)
                .appendAll(properties.values().filter(p -> p.existsIn(version)).map(WireProperty::name));
    }

    /** The properties after {@code id}, in Graph's order, as {@code $metadata} describes them. */
    public Seq<PropertyShape> shape() {
        return properties.values().map(PropertyShape::of);
    }

    /**
     * Reads a request body.
     *
     * @param json     the body
     * @param version  the request's API version
     * @param entityId the id the URL names (PATCH), or none (POST, where a body's {@code id} is the one the client
     *                 asks for, and without one the service assigns it)
     */
    public Either<ApplicationError, EntityBody<D>> read(byte[] json, ApiVersion version, Option<String> entityId) {
        return GraphJson.parseObject(json).flatMap(body -> read(body, version, entityId));
    }

    /** As {@link #read(byte[], ApiVersion, Option)}, for a body already parsed. */
    public Either<ApplicationError, EntityBody<D>> read(ObjectNode body, ApiVersion version, Option<String> entityId) {
        return read(body, version, entityId, false);
    }

    /**
     * Reads an entity a Graph service answered with (the outbound store's side): as strict as a request body about
     * the properties it knows (types, enum members, nulls), but a property it does not know is left out, since
     * Microsoft adds properties to its entities over time and a client must not break on them.
     *
     * @param entityId the id the body must carry
     */
    public Either<ApplicationError, EntityBody<D>> readAnswer(ObjectNode body, ApiVersion version, String entityId) {
        return read(body, version, Option.some(entityId), true);
    }

    private Either<ApplicationError, EntityBody<D>> read(
            ObjectNode body, ApiVersion version, Option<String> entityId, boolean skipUnknown) {
        var violations = List.<Violation>empty();
        var values = new java.util.LinkedHashMap<String, Object>();
        var nulls = List.<String>empty();
        Option<String> id = Option.none();
        for (java.util.Map.Entry<String, JsonNode> field : body.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals(ODATA_TYPE)) {
                violations = violations.appendAll(checkType(value));
            } else if (isAnnotation(name)) {
                continue; // instance annotations (@odata.etag, x@odata.context, ...) carry no data of ours
            } else if (name.equals(ID)) {
                var checked = checkId(value, entityId);
                if (checked.isValid()) {
                    id = Option.some(checked.get());
                } else {
                    violations = violations.append(checked.getError());
                }
            } else {
                var property = properties.get(name).filter(p -> p.existsIn(version));
                if (property.isEmpty() && skipUnknown) {
                    continue;
                } else if (property.isEmpty()) {
                    violations = violations.append(unknown(name, value, version));
                } else if (value.isNull()) {
                    if (property.get().nullable()) {
                        nulls = nulls.append(name);
                    } else {
                        violations = violations.append(Violation.of(name, "null", "may not be null"));
                    }
                } else {
                    var read = property.get().type().read(name, value, version);
                    if (read.isValid()) {
                        values.put(name, read.get());
                    } else {
                        violations = violations.append(read.getError());
                    }
                }
            }
        }
        return violations.isEmpty()
                ? Either.right(new EntityBody<>(kind.properties().draft(LinkedHashMap.ofAll(values)), nulls, id))
                : Either.left(new ApplicationError.Invalid(violations));
    }

    /**
     * Graph's JSON form of a status: {@code @odata.type}, {@code id}, then every property {@code version} has, in
     * Graph's order, absent ones as {@code null}. With {@code select}, only the selected properties follow the type.
     */
    public ObjectNode write(T status, ApiVersion version, Option<io.vavr.collection.Set<String>> select) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put(ODATA_TYPE, odataType);
        if (select.forAll(s -> s.contains(ID))) {
            json.put(ID, kind.id(status));
        }
        D draft = kind.toDraft(status);
        for (WireProperty<D> property : properties.values()) {
            if (property.existsIn(version) && select.forAll(s -> s.contains(property.name()))) {
                Object value = property.property().get(draft);
                json.set(
                        property.name(),
                        value == null
                                ? JsonNodeFactory.instance.nullNode()
                                : property.type().write(value));
            }
        }
        return json;
    }

    private List<Violation> checkType(JsonNode value) {
        if (value.isTextual()
                && (value.textValue().equals(odataType) || value.textValue().equals(odataType.substring(1)))) {
            return List.empty();
        }
        return List.of(Violation.of(ODATA_TYPE, text(value), "is not this collection's type; expected " + odataType));
    }

    /** A create's id as the domain takes ids; a PATCH's id only as the URL's. */
    private static Validation<Violation, String> checkId(JsonNode value, Option<String> entityId) {
        if (entityId.isEmpty()) {
            if (value.isNull()) {
                return Validation.invalid(
                        Violation.of(ID, "null", "may not be null; leave it out and the service " + "assigns one"));
            }
            return value.isTextual()
                    ? StatusId.of(value.textValue()).map(StatusId::value)
                    : Validation.invalid(Violation.of(
                            ID,
                            text(value),
                            "is a JSON " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                                    + ", expected a string"));
        }
        if (value.isTextual() && value.textValue().equals(entityId.get())) {
            return Validation.valid(entityId.get());
        }
        return Validation.invalid(Violation.of(
                ID, text(value), "is read-only and differs from the id in the URL ('" + entityId.get() + "')"));
    }

    private Violation unknown(String name, JsonNode value, ApiVersion version) {
        String known = propertyNames(version).mkString(", ");
        String rejected = text(value);
        return properties
                .get(name)
                .map(p -> Violation.of(
                        name,
                        rejected,
                        "exists only in "
                                + List.ofAll(p.versions())
                                        .map(ApiVersion::pathSegment)
                                        .mkString(", ")
                                + "; " + version.pathSegment() + " has: " + known))
                .getOrElse(() -> Violation.of(
                        name,
                        rejected,
                        "is not a property of " + kind.graphType() + " in " + version.pathSegment() + "; it has: "
                                + known));
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.textValue() : value.toString();
    }

    private static boolean isAnnotation(String name) {
        return name.indexOf('@') >= 0;
    }

    /** Serialises a JSON tree as UTF-8 bytes. */
    public static byte[] bytes(JsonNode json) {
        try {
            return GraphJson.MAPPER.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
