package io.devicestatus.application.model;

import java.util.Objects;

/**
 * How many statuses in one scope have one value of one state property: a row of the overview an admin console shows.
 *
 * @param scope    the parent scope
 * @param property the state property's Graph name ({@code installStatus}, {@code status}, {@code installState})
 * @param value    the value's Graph wire name
 * @param count    at least 1 (values nobody has are not listed)
 * @param <S>      the scope type
 */
public record StateCount<S>(S scope, String property, String value, long count) {

    public StateCount {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(value, "value");
        if (count < 1) {
            throw new IllegalArgumentException("a state count is at least 1: " + count);
        }
    }
}
