/**
 * Microsoft Graph's wire protocol over the use cases: the JSON codec ({@code codec}), the Graph-compatible HTTP API
 * with a framework-neutral core ({@code http}) and its Jakarta Servlet binding ({@code servlet}), the CSDL document
 * it serves as {@code $metadata} ({@code metadata}), and Bearer-token verification with Graph's permissions
 * ({@code auth}).
 */
package io.devicestatus.adapter.graph;
