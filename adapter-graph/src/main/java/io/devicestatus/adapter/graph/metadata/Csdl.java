package io.devicestatus.adapter.graph.metadata;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The part of OData's CSDL (Common Schema Definition Language, OData V4) a {@code $metadata} document of this service
 * uses: one schema of enum types and entity types and one entity container of singletons. Types are referred to by
 * qualified name ({@code microsoft.graph.complianceStatus}, {@code Edm.String}).
 */
public final class Csdl {

    private Csdl() {}

    /** A {@code <Schema>}: its namespace, types and the entity container. */
    public record Schema(
            String namespace, List<EnumType> enumTypes, List<EntityType> entityTypes, Container container) {
        public Schema {
            Objects.requireNonNull(namespace, "namespace");
            Objects.requireNonNull(enumTypes, "enumTypes");
            Objects.requireNonNull(entityTypes, "entityTypes");
            Objects.requireNonNull(container, "container");
        }

        /** The entity type of this name (unqualified). */
        public Option<EntityType> entityType(String name) {
            return entityTypes.find(t -> t.name().equals(name));
        }

        /** The enum type of this name (unqualified). */
        public Option<EnumType> enumType(String name) {
            return enumTypes.find(t -> t.name().equals(name));
        }
    }

    /** An {@code <EnumType>}, underlying type {@code Edm.Int32} (CSDL's default, as Graph's). */
    public record EnumType(String name, List<Member> members) {
        public EnumType {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(members, "members");
        }
    }

    /** A {@code <Member>} of an enum type, with its numeric {@code Value}. */
    public record Member(String name, int value) {
        public Member {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * An {@code <EntityType>}.
     *
     * @param key         the names of its key properties; empty when it inherits its key from {@code baseType}
     * @param properties  its structural properties (a derived type's own, not inherited ones)
     * @param navigations its navigation properties
     */
    public record EntityType(
            String name,
            Option<String> baseType,
            boolean isAbstract,
            List<String> key,
            List<Property> properties,
            List<Navigation> navigations) {
        public EntityType {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(baseType, "baseType");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(properties, "properties");
            Objects.requireNonNull(navigations, "navigations");
            if (key.isEmpty() ? baseType.isEmpty() && !isAbstract : baseType.isDefined()) {
                throw new IllegalArgumentException(
                        name + ": an entity type has either a key or a base type to" + " inherit one from");
            }
        }
    }

    /** A structural {@code <Property>}; {@code nullable} is CSDL's default, so only {@code false} is written. */
    public record Property(String name, String type, boolean nullable) {
        public Property {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * A collection-valued {@code <NavigationProperty>}.
     *
     * @param entityType     the qualified type of the entities it leads to
     * @param containsTarget whether they are contained (addressed only through this property), as Graph's are
     */
    public record Navigation(String name, String entityType, boolean containsTarget) {
        public Navigation {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(entityType, "entityType");
        }
    }

    /** The {@code <EntityContainer>}: what a URL may start with after the version. */
    public record Container(String name, List<Singleton> singletons) {
        public Container {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(singletons, "singletons");
        }
    }

    /** A {@code <Singleton>}: one entity addressed by name, e.g. {@code deviceManagement}. */
    public record Singleton(String name, String type) {
        public Singleton {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }
}
