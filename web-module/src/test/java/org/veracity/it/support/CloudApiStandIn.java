package org.veracity.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the WhatsApp Business Cloud API on loopback: records each request and answers like Meta's Graph
 * API does — 401 with an OAuthException for any token but {@code validToken}, 200 with a message id otherwise.
 */
public final class CloudApiStandIn implements AutoCloseable {

    public record Request(String method, String path, String authorization, String body, int answered) {
    }

    private final HttpServer server;
    private final String validToken;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public CloudApiStandIn(String validToken) throws IOException {
        this.validToken = validToken;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        boolean valid = ("Bearer " + validToken).equals(authorization);
        int status = valid ? 200 : 401;
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), authorization, body, status));
        String answer = valid
                ? "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"x\",\"wa_id\":\"x\"}],\"messages\":[{\"id\":\"wamid.TEST\"}]}"
                : "{\"error\":{\"message\":\"Error validating access token: Session has expired.\",\"type\":\"OAuthException\",\"code\":190}}";
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> await(int count, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (requests.size() < count && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        return requests();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
