/**
 * Microsoft Graph's wire protocol, by direction. Shared: the JSON codec ({@code codec}) and the collections' paths
 * and segment encoding ({@code wire}). Inbound: the Graph-compatible HTTP API with a framework-neutral core
 * ({@code http}) and its Jakarta Servlet binding ({@code servlet}), the CSDL document it serves as {@code $metadata}
 * ({@code metadata}), and Bearer-token verification with Graph's permissions ({@code auth}). Outbound: the client of
 * a remote Graph ({@code client}) and the repository ports over it ({@code store}). Inbound and outbound never
 * import each other (architecture-tests' {@code GraphAdapterDirectionTest}).
 */
package io.devicestatus.adapter.graph;
