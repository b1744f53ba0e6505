package io.devicestatus.architecture;

import com.tngtech.archunit.core.domain.PackageMatcher;
import io.devicestatus.architecture.DeviceStatusArchitecture.Layer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The check on packages a platform adds to an allow-list ({@link PurityRules#allowingInDomain},
 * {@link PurityRules#allowingInApplication}): an addition may widen a layer to a library or a shared package, never
 * to what the rules exist to keep out.
 *
 * <p>An identifier is judged by its literal prefix, the segments before the first wildcard or group
 * ({@code com.acme} for {@code com.acme.(*)..}). It is refused when that prefix and a forbidden package are one
 * inside the other, since the identifier could then match the forbidden package or one under it: {@code java..}
 * and {@code ..} could admit {@code java.sql}, {@code com.acme..} could admit {@code com.acme.fleet.adapter}. The
 * test errs on the side of refusing; a narrower identifier always gets through.
 */
final class AllowedPackages {

    private AllowedPackages() {}

    /**
     * The identifiers, once each is known to be allowed for code under {@code basePackage}.
     *
     * @throws IllegalArgumentException naming the identifier, what it could admit and what is allowed
     */
    static List<String> checked(String basePackage, String... packageIdentifiers) {
        Objects.requireNonNull(packageIdentifiers, "packageIdentifiers");
        if (packageIdentifiers.length == 0) {
            throw new IllegalArgumentException("no package to allow: name at least one, e.g. 'com.acme.audit..'");
        }
        List<String> forbidden = forbidden(basePackage);
        List<String> checked = new ArrayList<>();
        for (String identifier : packageIdentifiers) {
            Objects.requireNonNull(identifier, "package identifier");
            try {
                PackageMatcher.of(identifier);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "'" + identifier + "' is not an ArchUnit package identifier: " + e.getMessage(), e);
            }
            String prefix = literalPrefix(identifier);
            forbidden.stream().filter(f -> nested(prefix, f)).findFirst().ifPresent(f -> {
                throw new IllegalArgumentException("'" + identifier + "' could admit '" + f
                        + "', which no allow-list may: name narrower packages that start with a literal"
                        + " package outside it, e.g. 'com.acme.audit..'");
            });
            checked.add(identifier);
        }
        return List.copyOf(checked);
    }

    /** The JDK's I/O packages, and the adapters and composition roots of the base package and of this library. */
    private static List<String> forbidden(String basePackage) {
        return Stream.concat(
                        PurityRules.JDK_IO_PACKAGES.stream(),
                        Stream.of(basePackage, "io.devicestatus")
                                .flatMap(base -> Stream.of(Layer.ADAPTERS.packageIn(base), Layer.APP.packageIn(base))))
                .distinct()
                .map(identifier -> identifier.substring(0, identifier.length() - "..".length()))
                .toList();
    }

    /** The segments before the first one holding a wildcard or group; empty for {@code ..} or {@code *.x}. */
    static String literalPrefix(String identifier) {
        List<String> literal = new ArrayList<>();
        for (String segment : identifier.split("\\.", -1)) {
            if (segment.isEmpty() || !segment.chars().allMatch(Character::isJavaIdentifierPart)) {
                break;
            }
            literal.add(segment);
        }
        return String.join(".", literal);
    }

    /** Whether one package is the other or lies under it, segment by segment; the empty prefix holds everything. */
    private static boolean nested(String prefix, String forbidden) {
        return prefix.isEmpty() || startsWith(forbidden, prefix) || startsWith(prefix, forbidden);
    }

    private static boolean startsWith(String name, String prefix) {
        List<String> segments = Arrays.asList(name.split("\\."));
        List<String> head = Arrays.asList(prefix.split("\\."));
        return segments.size() >= head.size()
                && segments.subList(0, head.size()).equals(head);
    }
}
