/**
 * Who calls, and may they: Bearer-token verification and Microsoft Graph's permissions for the status collections.
 *
 * <p>A {@link io.devicestatus.adapter.graph.auth.TokenVerifier} turns a Bearer token into a
 * {@link io.devicestatus.adapter.graph.auth.Caller} or a {@link io.devicestatus.adapter.graph.auth.TokenRejected}
 * whose reason is safe to show a client. {@link io.devicestatus.adapter.graph.auth.NimbusTokenVerifier} checks
 * signed JWTs with nimbus-jose-jwt: RS256 against a JWK set (remote, as Microsoft Entra ID publishes one, or loaded
 * from a file), or HS256 with a shared secret for development, whose tokens
 * {@link io.devicestatus.adapter.graph.auth.DevelopmentTokens} signs.
 *
 * <p>{@link io.devicestatus.adapter.graph.auth.Permissions} then decides, from one table, whether the caller's
 * delegated scopes ({@code scp}) or application roles ({@code roles}) allow reading or writing a
 * {@link io.devicestatus.adapter.graph.auth.Resource}, as Graph's {@code DeviceManagementConfiguration.*} and
 * {@code DeviceManagementApps.*} permissions do.
 */
package io.devicestatus.adapter.graph.auth;
