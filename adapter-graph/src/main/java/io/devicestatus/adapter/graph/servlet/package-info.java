/**
 * The Jakarta Servlet 6 binding of the HTTP API: {@link io.devicestatus.adapter.graph.servlet.GraphServlet} copies a
 * servlet request into {@code http}'s {@code GraphApi} and its answer back, and does nothing else. Depends on
 * {@code http} and the Servlet API only (the container provides it); no rule, check or mapping belongs here, and no
 * container's own classes (Jetty's are the app's).
 */
package io.devicestatus.adapter.graph.servlet;
