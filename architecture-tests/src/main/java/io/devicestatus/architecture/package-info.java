/**
 * The hexagon's rules as ArchUnit rules, parameterised by a base package so that an embedding platform can hold its
 * own code to them: {@link io.devicestatus.architecture.DeviceStatusArchitecture} lists them all, written by concern
 * in {@link io.devicestatus.architecture.PurityRules}, {@link io.devicestatus.architecture.DependencyRules} and
 * {@link io.devicestatus.architecture.NamingRules}, and its {@code check} applies the ones whose packages have
 * classes, answering an {@link io.devicestatus.architecture.ArchitectureReport}. Depends on ArchUnit and the JDK
 * only; it must not depend on this project's modules, whose classes it checks by package name (this project's check,
 * {@code ProjectArchitectureTest}, is a test of this module).
 */
package io.devicestatus.architecture;
