package io.devicestatus.architecture;

import com.tngtech.archunit.lang.ArchRule;
import java.util.Objects;
import java.util.regex.Pattern;

/** What the rule classes share: the base-package check and the pinned emptiness behaviour. */
final class RuleSupport {

    /** The simple name of the class javac emits for an annotated {@code package-info.java}. */
    static final String PACKAGE_INFO = "package-info";

    private static final Pattern PACKAGE_NAME =
            Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
                    + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

    private RuleSupport() {}

    /**
     * The base package itself, once it is known to be a Java package name.
     *
     * @throws IllegalArgumentException if {@code basePackage} is not a package name (a wildcard, say)
     */
    static String checkedBasePackage(String basePackage) {
        Objects.requireNonNull(basePackage, "basePackage");
        if (!PACKAGE_NAME.matcher(basePackage).matches()) {
            throw new IllegalArgumentException("not a Java package name: '" + basePackage + "'");
        }
        return basePackage;
    }

    /**
     * The rule, failing when it finds nothing to check whatever {@code archRule.failOnEmptyShould}
     * says, so that a misspelled package cannot make it pass.
     */
    static ArchRule pinned(ArchRule rule) {
        return rule.allowEmptyShould(false);
    }
}
