package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, as a new user runs it: {@code ./run.sh} on the embedded database prints the addresses,
 * the logins and a token once the server answers, the demo stories arrive after that, and a second start on the
 * same data keeps them and replaces the token. Nothing here is mocked: the script, Payara Micro and H2 run as they
 * do for a user.
 */
class DemoRunIT {

    private static final Path SCRIPT = Path.of("..", "run.sh").toAbsolutePath().normalize();
    private static final Pattern TOKEN = Pattern.compile("demo token: (\\S+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Path data = Path.of("target", "demo-run-it").toAbsolutePath();
    private Run running;

    @AfterEach
    void stop() {
        if (running != null) {
            running.stop();
        }
    }

    @Test
    void the_first_start_prints_where_to_go_then_loads_the_stories_and_a_second_start_keeps_them_with_a_new_token()
            throws Exception {
        deleteRecursively(data);
        int port = freePort();

        running = Run.start(port, data);
        running.awaitLine("Veracity is running.", Duration.ofMinutes(12));
        String firstToken = running.awaitMatch(TOKEN, Duration.ofSeconds(30));
        System.out.println("DemoRunIT: first start ready after " + running.seconds() + " s");
        for (String expected : List.of("/desk/", "/transparency/", "/openapi", "moderator  specialist  factchecker  policylead  admin")) {
            assertTrue(running.printed(expected), "the start prints " + expected);
        }
        assertEquals(200, get(port, "/health/ready", null).statusCode());

        running.awaitLine("demo mode: demo stories loaded", Duration.ofMinutes(10));
        System.out.println("DemoRunIT: demo stories loaded after " + running.seconds() + " s");
        JsonObject cases = json(get(port, "/api/v1/coordination/cases", firstToken));
        assertTrue(cases.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                        .anyMatch(c -> c.getJsonArray("accounts").size() >= 20),
                "the demo's coordination case with its paid posters: " + cases);
        JsonObject ads = json(get(port, "/api/v1/transparency/political-ads", null));
        assertTrue(ads.getJsonArray("ads").stream().map(JsonValue::asJsonObject)
                .anyMatch(a -> "REJECTED".equals(a.getString("status", ""))), "the ad library shows rejected ads: " + ads);
        JsonObject distribution = json(http.send(HttpRequest.newBuilder(uri(port, "/api/v1/distribution"))
                .header("Authorization", "Bearer " + firstToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"ids\":[\"demo-bleach-cure\"]}")).build(),
                HttpResponse.BodyHandlers.ofString()));
        assertTrue(distribution.getJsonArray("items").getJsonObject(0).getJsonNumber("multiplier").doubleValue() < 1.0,
                "the rated hoax is demoted: " + distribution);
        running.stop();

        running = Run.start(port, data);
        running.awaitLine("Veracity is running.", Duration.ofMinutes(12));
        String secondToken = running.awaitMatch(TOKEN, Duration.ofSeconds(30));
        System.out.println("DemoRunIT: second start ready after " + running.seconds() + " s");
        assertNotEquals(firstToken, secondToken, "every start prints a new token");
        assertEquals(401, get(port, "/api/v1/coordination/cases", firstToken).statusCode(),
                "the previous start's token no longer works");
        running.awaitLine("demo stories loaded (0 new demo items)", Duration.ofMinutes(5));
        JsonObject again = json(get(port, "/api/v1/coordination/cases", secondToken));
        assertEquals(cases.getJsonArray("items").size(), again.getJsonArray("items").size(),
                "a second start loads nothing twice");
        assertFalse(running.printed("demo stories did not load"), "the stories loaded without an error");
    }

    private HttpResponse<String> get(int port, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(port, path)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One run of the script: its output kept line by line, stopped with Ctrl-C as the README says. */
    private static final class Run {
        private final Process process;
        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final long started = System.nanoTime();

        private Run(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (IOException ignored) {
                    // the script ended
                }
            }, "run.sh output");
            reader.setDaemon(true);
            reader.start();
        }

        static Run start(int port, Path data) throws IOException {
            ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true);
            builder.environment().put("VERACITY_PORT", String.valueOf(port));
            // Its own data grid port: the tests' own server holds veracity.it.gridPort.
            builder.environment().put("VERACITY_GRID_PORT", String.valueOf(freePort()));
            builder.environment().put("VERACITY_DATA_DIR", data.toString());
            return new Run(builder.start());
        }

        long seconds() {
            return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        }

        boolean printed(String text) {
            return lines.stream().anyMatch(l -> l.contains(text));
        }

        void awaitLine(String text, Duration timeout) throws InterruptedException {
            long until = System.nanoTime() + timeout.toNanos();
            while (!printed(text)) {
                assertTrue(process.isAlive() || printed(text), "run.sh ended before printing '" + text + "':\n"
                        + String.join("\n", lines));
                assertTrue(System.nanoTime() < until, "run.sh did not print '" + text + "' within " + timeout + ":\n"
                        + String.join("\n", lines));
                Thread.sleep(250);
            }
        }

        String awaitMatch(Pattern pattern, Duration timeout) throws InterruptedException {
            long until = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < until) {
                for (String line : lines) {
                    Matcher m = pattern.matcher(line);
                    if (m.find()) {
                        return m.group(1);
                    }
                }
                Thread.sleep(250);
            }
            throw new AssertionError("run.sh printed no " + pattern + ":\n" + String.join("\n", lines));
        }

        /** Ctrl-C: the script stops Payara Micro and waits for it. */
        void stop() {
            if (!process.isAlive()) {
                return;
            }
            List<ProcessHandle> children = process.descendants().toList();
            try {
                new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (IOException | InterruptedException e) {
                process.destroyForcibly();
            } finally {
                children.forEach(ProcessHandle::destroyForcibly);
            }
        }
    }
}
