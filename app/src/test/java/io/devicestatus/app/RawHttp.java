package io.devicestatus.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP/1.1 over a plain socket, byte for byte: {@link java.net.http.HttpClient} normalises what it sends (paths,
 * methods, framing headers) and so cannot send the requests a server must refuse.
 */
final class RawHttp {

    private RawHttp() {}

    /** Opens a connection to {@code base}'s host and port; reads wait at most 30 s. */
    static Socket connect(URI base) {
        try {
            var socket = new Socket();
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends {@code request} on a new connection and reads everything the server sends until it closes the
     * connection: the request should ask for {@code Connection: close} unless the server closes on its own.
     */
    static List<Reply> exchange(URI base, String request, boolean head) {
        return exchange(base, request.getBytes(StandardCharsets.ISO_8859_1), head);
    }

    /** {@code head}: the responses answer HEAD requests, so have no body whatever their Content-Length. */
    static List<Reply> exchange(URI base, byte[] request, boolean head) {
        try (var socket = connect(base)) {
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
            } catch (IOException e) {
                // the server may refuse and close before reading all of a large request; what it answered is read below
            }
            return parse(readUntilClosed(socket.getInputStream()), head);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything until the peer closes; a reset after some bytes keeps those bytes. */
    static byte[] readUntilClosed(InputStream in) {
        var received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                received.write(buffer, 0, n);
            }
        } catch (IOException e) {
            if (received.size() == 0) {
                throw new UncheckedIOException("nothing received before " + e, e);
            }
        }
        return received.toByteArray();
    }

    /** One response with a Content-Length, read without waiting for the connection to close. */
    static Reply readOne(InputStream in) {
        var received = new ByteArrayOutputStream();
        try {
            while (true) {
                int next = in.read();
                if (next < 0) {
                    throw new IllegalStateException("the connection closed after: " + received);
                }
                received.write(next);
                String text = received.toString(StandardCharsets.ISO_8859_1);
                int headEnd = text.indexOf("\r\n\r\n");
                if (headEnd >= 0) {
                    var head = parse(received.toByteArray(), true).get(0);
                    String length = head.header("Content-Length");
                    byte[] body = in.readNBytes(length == null ? 0 : Integer.parseInt(length));
                    return new Reply(head.status(), head.headers(), new String(body, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The responses in {@code bytes}, in order (several when requests were pipelined). */
    static List<Reply> parse(byte[] bytes, boolean head) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        var replies = new ArrayList<Reply>();
        int at = 0;
        while (at < text.length()) {
            int headEnd = text.indexOf("\r\n\r\n", at);
            if (headEnd < 0) {
                throw new IllegalStateException("an incomplete response head: " + text.substring(at));
            }
            String[] lines = text.substring(at, headEnd).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            var headers = new ArrayList<String[]>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.add(new String[] {
                    lines[i].substring(0, colon).trim(),
                    lines[i].substring(colon + 1).trim()
                });
            }
            int bodyStart = headEnd + 4;
            String length = header(headers, "Content-Length");
            int bodyEnd = head ? bodyStart : length != null ? bodyStart + Integer.parseInt(length) : text.length();
            replies.add(new Reply(
                    status,
                    List.copyOf(headers),
                    new String(
                            text.substring(bodyStart, bodyEnd).getBytes(StandardCharsets.ISO_8859_1),
                            StandardCharsets.UTF_8)));
            at = bodyEnd;
        }
        return replies;
    }

    private static String header(List<String[]> headers, String name) {
        return headers.stream()
                .filter(h -> h[0].equalsIgnoreCase(name))
                .map(h -> h[1])
                .findFirst()
                .orElse(null);
    }

    /** One response: status, headers in order, body as UTF-8. */
    record Reply(int status, List<String[]> headers, String body) {

        String header(String name) {
            return RawHttp.header(headers, name);
        }

        JsonNode json() {
            return ServerUnderTest.json(body);
        }

        String code() {
            return json().path("error").path("code").asText();
        }

        String message() {
            return json().path("error").path("message").asText();
        }

        @Override
        public String toString() {
            var shown = new StringBuilder().append(status);
            headers.forEach(h -> shown.append("\n").append(h[0]).append(": ").append(h[1]));
            return shown.append("\n\n").append(body).toString();
        }
    }
}
