package io.devicestatus.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder on loopback in front of a server (a database), whose connections a test can cut, as a network
 * outage or a database restart would: {@link #cut()} closes every connection and drops each new one as soon as it is
 * accepted, {@link #restore()} forwards again. The port stays bound throughout: closing it and binding it again on
 * restore lost the port to another process now and then on a busy machine.
 */
final class CuttableTcpProxy implements AutoCloseable {

    private final InetSocketAddress upstream;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final ServerSocket listening;
    private volatile boolean cut;

    CuttableTcpProxy(String upstreamHost, int upstreamPort) {
        this.upstream = new InetSocketAddress(upstreamHost, upstreamPort);
        this.listening = listen();
        this.port = listening.getLocalPort();
    }

    /** The loopback port to connect to instead of the upstream's. */
    int port() {
        return port;
    }

    /** Closes every forwarded connection; until {@link #restore()}, a new one is closed as soon as it is accepted. */
    synchronized void cut() {
        cut = true;
        sockets.forEach(CuttableTcpProxy::closeQuietly);
        sockets.clear();
    }

    /** Forwards new connections again. */
    synchronized void restore() {
        cut = false;
    }

    @Override
    public synchronized void close() {
        cut();
        closeQuietly(listening);
    }

    /** A port of the system's choosing, bound until {@link #close()}. */
    private ServerSocket listen() {
        try {
            var server = new ServerSocket();
            server.bind(new InetSocketAddress("127.0.0.1", 0));
            var acceptor = new Thread(() -> accept(server), "tcp-proxy-accept-" + server.getLocalPort());
            acceptor.setDaemon(true);
            acceptor.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                var client = server.accept();
                if (cut) {
                    client.setSoLinger(true, 0); // a reset, as from a host that went away
                    closeQuietly(client);
                    continue;
                }
                var target = new Socket();
                try {
                    target.connect(upstream, 2_000);
                } catch (IOException e) {
                    closeQuietly(client);
                    continue;
                }
                sockets.add(client);
                sockets.add(target);
                pump(client, target);
                pump(target, client);
            } catch (IOException e) {
                return; // closed by cut()
            }
        }
    }

    private void pump(Socket from, Socket to) {
        var thread = new Thread(
                () -> {
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        in.transferTo(out);
                    } catch (IOException e) {
                        // one side closed: close both below
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                        sockets.remove(from);
                        sockets.remove(to);
                    }
                },
                "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
