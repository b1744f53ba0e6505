/**
 * OData's service description: the CSDL document {@code GET /{version}/$metadata} answers, one per API version.
 *
 * <p>{@link io.devicestatus.adapter.graph.metadata.GraphServiceModel} derives a
 * {@link io.devicestatus.adapter.graph.metadata.Csdl.Schema} from the codecs' property tables and the domain's
 * enums (wire names, numeric values, versions); {@link io.devicestatus.adapter.graph.metadata.CsdlWriter} writes it
 * as XML with StAX. Nothing here is hand-written XML, so the document cannot drift from what the API reads and writes.
 * Depends on {@code codec} and the domain only; {@code http} serves it.
 */
package io.devicestatus.adapter.graph.metadata;
