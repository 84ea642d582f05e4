package org.veracity.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A partner's webhook endpoint on the loopback interface (JDK HttpServer): records every request and answers
 * 500 to the first {@code failures} of them, 200 after.
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(String messageId, String timestamp, String signature, String topic, String body, int answered) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger toFail;

    public WebhookReceiver(int failures) throws IOException {
        toFail = new AtomicInteger(failures);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The next {@code n} requests are answered 500. */
    public void failNext(int n) {
        toFail.set(n);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/veracity";
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int status = toFail.getAndDecrement() > 0 ? 500 : 200;
        received.add(new Received(exchange.getRequestHeaders().getFirst("Veracity-Message-Id"),
                exchange.getRequestHeaders().getFirst("Veracity-Timestamp"),
                exchange.getRequestHeaders().getFirst("Veracity-Signature"),
                exchange.getRequestHeaders().getFirst("Veracity-Topic"), body, status));
        byte[] answer = (status == 200 ? "ok" : "receiver down").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    public List<Received> received(Predicate<Received> which) {
        return new ArrayList<>(received.stream().filter(which).toList());
    }

    /** Waits until at least {@code count} requests match; answers them (fewer after the timeout). */
    public List<Received> await(Predicate<Received> which, int count, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (received(which).size() < count && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        return received(which);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
