package org.veracity.ear;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sits between Payara's connection pool and PostgreSQL and records the password the pool sends.
 *
 * <p>The test database trusts its users and never asks for a password, so on its own the test
 * could not tell whether {@code ${ENV=VERACITY_DB_PASSWORD}} was resolved, left literal or
 * dropped. The proxy asks every new connection for a cleartext password (the driver then sends
 * it), records it, opens the real session with the client's own start-up message and relays
 * both directions unchanged from then on. It suits only a server that trusts the user: it does
 * not answer a password request from PostgreSQL itself.
 */
final class PasswordCapturingPostgresProxy implements AutoCloseable {

    // Protocol codes sent in place of a protocol version (PostgreSQL "Message Formats").
    private static final int CANCEL_REQUEST = 80877102;
    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_ENCRYPTION_REQUEST = 80877104;
    private static final byte[] AUTHENTICATION_CLEARTEXT_PASSWORD = {'R', 0, 0, 0, 8, 0, 0, 0, 3};

    private final ServerSocket listener;
    private final String upstreamHost;
    private final int upstreamPort;
    private final List<String> passwords = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "postgres-proxy");
        thread.setDaemon(true);
        return thread;
    });

    private PasswordCapturingPostgresProxy(String upstreamHost, int upstreamPort) throws IOException {
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    static PasswordCapturingPostgresProxy start(String upstreamHost, int upstreamPort) throws IOException {
        PasswordCapturingPostgresProxy proxy = new PasswordCapturingPostgresProxy(upstreamHost, upstreamPort);
        proxy.threads.execute(proxy::acceptConnections);
        return proxy;
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Every password received, one per connection the pool opened. */
    List<String> passwords() {
        return List.copyOf(passwords);
    }

    /** Connections the proxy could not set up (an empty list means it relayed everything). */
    List<String> failures() {
        return List.copyOf(failures);
    }

    private void acceptConnections() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                sockets.add(client);
                threads.execute(() -> serve(client));
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    failures.add("accept: " + e);
                }
            }
        }
    }

    private void serve(Socket client) {
        try {
            // Unbuffered on purpose: whatever the client sends after the password stays in the
            // socket for the relay below.
            DataInputStream in = new DataInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            byte[] startup = readStartupMessage(in, out);
            Socket upstream = new Socket(upstreamHost, upstreamPort);
            sockets.add(upstream);
            if (ByteBuffer.wrap(startup).getInt(4) == CANCEL_REQUEST) {
                upstream.getOutputStream().write(startup);
                closeQuietly(upstream);
                closeQuietly(client);
                return;
            }
            out.write(AUTHENTICATION_CLEARTEXT_PASSWORD);
            out.flush();
            int type = in.read();
            if (type != 'p') {
                throw new IOException("expected a password message, got " + type);
            }
            byte[] password = in.readNBytes(in.readInt() - 4);
            passwords.add(new String(password, 0, password.length - 1, StandardCharsets.UTF_8)); // NUL-terminated
            upstream.getOutputStream().write(startup);
            threads.execute(() -> relay(upstream, client));
            relay(client, upstream);
        } catch (IOException e) {
            if (!listener.isClosed()) {
                failures.add("connection: " + e);
            }
            closeQuietly(client);
        }
    }

    private static byte[] readStartupMessage(DataInputStream in, OutputStream out) throws IOException {
        while (true) {
            int length = in.readInt();
            int code = in.readInt();
            if (code == SSL_REQUEST || code == GSS_ENCRYPTION_REQUEST) {
                out.write('N'); // not supported: the driver goes on without encryption
                out.flush();
                continue;
            }
            return ByteBuffer.allocate(length).putInt(length).putInt(code).put(in.readNBytes(length - 8)).array();
        }
    }

    private void relay(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // One side hung up; closing both ends the other direction too.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeQuietly(Socket socket) {
        sockets.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing left to do with it
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        sockets.forEach(this::closeQuietly);
        threads.shutdownNow();
    }
}
