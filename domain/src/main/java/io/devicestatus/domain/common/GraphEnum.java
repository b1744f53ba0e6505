package io.devicestatus.domain.common;

import java.util.Objects;
import java.util.Set;

/**
 * A member of a Graph enumeration: the exact wire name Graph sends, Graph's numeric value, and the API versions the
 * member exists in. Implemented by the domain's enums, each constant holding its {@link Member}, so that the
 * accessors, parsing and version checks are written once ({@link GraphEnumType}).
 */
public interface GraphEnum {

    /** What Graph's metadata says of this member. */
    Member member();

    /** The camelCase name on the wire, e.g. {@code downloadInsufficientSpace}. */
    default String wireName() {
        return member().wireName();
    }

    /** Graph's numeric value (the CSDL {@code Member Value}). */
    default int value() {
        return member().value();
    }

    /** The API versions this member exists in; never empty. */
    default Set<ApiVersion> versions() {
        return member().versions();
    }

    default boolean existsIn(ApiVersion version) {
        return versions().contains(version);
    }

    /**
     * One member as Graph's metadata declares it.
     *
     * @param wireName the camelCase name on the wire
     * @param value    Graph's numeric value
     * @param versions the API versions the member exists in; never empty
     */
    record Member(String wireName, int value, Set<ApiVersion> versions) {
        public Member {
            Objects.requireNonNull(wireName, "wireName");
            versions = Set.copyOf(versions);
            if (versions.isEmpty()) {
                throw new IllegalArgumentException(wireName + " exists in no API version");
            }
        }
    }
}
