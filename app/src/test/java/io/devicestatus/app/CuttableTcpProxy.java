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
 * outage or a database restart would: {@link #cut()} closes every connection and refuses new ones (nothing listens
 * on the port), {@link #restore()} listens again on the same port.
 */
final class CuttableTcpProxy implements AutoCloseable {

    private final InetSocketAddress upstream;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listening;

    CuttableTcpProxy(String upstreamHost, int upstreamPort) {
        this.upstream = new InetSocketAddress(upstreamHost, upstreamPort);
        this.listening = listen(0);
        this.port = listening.getLocalPort();
    }

    /** The loopback port to connect to instead of the upstream's. */
    int port() {
        return port;
    }

    /** Closes every forwarded connection and stops listening: connecting is refused until {@link #restore()}. */
    synchronized void cut() {
        closeQuietly(listening);
        sockets.forEach(CuttableTcpProxy::closeQuietly);
        sockets.clear();
    }

    /** Listens again on the same port. */
    synchronized void restore() {
        if (listening.isClosed()) {
            listening = listen(port);
        }
    }

    @Override
    public synchronized void close() {
        cut();
    }

    private ServerSocket listen(int onPort) {
        try {
            var server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress("127.0.0.1", onPort));
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
