package io.devicestatus.domain.common;

import java.util.Set;

/**
 * A member of a Graph enumeration: the exact wire name Graph sends, Graph's numeric value, and the API versions the
 * member exists in. Implemented by the domain's enums so that parsing and version checks are written once
 * ({@link GraphEnumType}).
 */
public interface GraphEnum {

    /** The camelCase name on the wire, e.g. {@code downloadInsufficientSpace}. */
    String wireName();

    /** Graph's numeric value (the CSDL {@code Member Value}). */
    int value();

    /** The API versions this member exists in; never empty. */
    Set<ApiVersion> versions();

    default boolean existsIn(ApiVersion version) {
        return versions().contains(version);
    }
}
