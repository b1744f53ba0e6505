package io.devicestatus.architecture;

/**
 * What every rules class holds: the base package its rules are made for, which its {@code toString} names too
 * ({@code PurityRules[com.acme.devices]}).
 */
abstract class BasePackageRules {

    /** The package playing the role of {@code io.devicestatus}, checked to be a package name. */
    final String basePackage;

    /** @throws IllegalArgumentException if {@code basePackage} is not a package name */
    BasePackageRules(String basePackage) {
        this.basePackage = RuleSupport.checkedBasePackage(basePackage);
    }

    /** The base package the rules were made for. */
    public String basePackage() {
        return basePackage;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + basePackage + "]";
    }
}
