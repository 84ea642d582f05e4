package org.veracity.it.bench;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.Api;
import org.veracity.it.support.VeracityIT;
import org.veracity.it.support.WebhookReceiver;

/**
 * Not a test (its name does not end in IT, so `mvn verify` leaves it out): measures the outbox on Payara Micro and
 * PostgreSQL and prints the figures of docs/benchmarks.md, "Outbox (issue 12)". Run it like one IT class:
 * {@code -Dit.test=OutboxBenchmark} with the IT options.
 */
class OutboxBenchmark extends VeracityIT {

    private static final int MESSAGES = Integer.getInteger("bench.messages", 3000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 12);

    @Test
    void measure() throws Exception {
        String subscriber = api.token("subscriptions:write", null);
        String writer = api.token("content:write,content:read", null);
        String partner = "Outbox Bench " + UUID.randomUUID().toString().substring(0, 6);
        api.controlOk("/api/test/partners", new Form().param("name", partner).param("languages", "en").param("regions", "US"));
        String checker = api.partnerToken(partner);
        print("load average at start: " + load());

        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            // 1. Throughput: MESSAGES notices queued while the worker is paused, then delivered to the local receiver.
            long subscription = subscribe(subscriber, receiver.url());
            for (int run = 1; run <= 3; run++) {
                String prefix = "bench-" + run + "-" + UUID.randomUUID().toString().substring(0, 6);
                api.controlOk("/api/test/outbox/worker/pause", new Form());
                for (int done = 0; done < MESSAGES; done += 500) {
                    api.controlOk("/api/test/outbox/notices/bulk", new Form().param("prefix", prefix + "-" + done)
                            .param("count", Integer.toString(Math.min(500, MESSAGES - done))));
                }
                long start = System.nanoTime();
                api.controlOk("/api/test/outbox/worker/resume", new Form());
                int got = receiver.await(r -> r.body().contains(prefix), MESSAGES, Duration.ofMinutes(10)).size();
                double seconds = (System.nanoTime() - start) / 1e9;
                print(String.format(Locale.ROOT, "throughput run %d: %d messages delivered in %.1f s = %.0f messages/s (load %s)",
                        run, got, seconds, got / seconds, load()));
            }
            api.controlOk("/api/test/outbox/worker/pause", new Form());

            // 2. Intake (100-item batches) and 3. a rating (FALSE: rated, demoted, labelled = 3 notices), each timed
            // with no subscription and with one item.treatment subscription, alternating, worker paused.
            List<Double> intakeWithout = new ArrayList<>();
            List<Double> intakeWith = new ArrayList<>();
            List<Double> ratingWithout = new ArrayList<>();
            List<Double> ratingWith = new ArrayList<>();
            delete(subscriber, subscription);
            for (int round = 0; round < ROUNDS; round++) {
                boolean subscribed = round % 2 == 1;
                long id = subscribed ? subscribe(subscriber, receiver.url()) : -1;
                (subscribed ? intakeWith : intakeWithout).add(intake(writer));
                (subscribed ? ratingWith : ratingWithout).add(rating(writer, checker));
                if (subscribed) {
                    delete(subscriber, id);
                }
            }
            print(String.format(Locale.ROOT, "intake of 100 items, median ms: without subscription %.1f, with %.1f (%d batches each)",
                    median(intakeWithout), median(intakeWith), intakeWith.size()));
            print(String.format(Locale.ROOT, "rating (FALSE), median ms: without subscription %.1f, with %.1f (%d ratings each)",
                    median(ratingWithout), median(ratingWith), ratingWith.size()));
            print("load average at end: " + load());
            api.controlOk("/api/test/outbox/worker/resume", new Form());
        }
    }

    private double intake(String writer) {
        StringBuilder body = new StringBuilder("{\"items\":[");
        for (int i = 0; i < 100; i++) {
            body.append(i == 0 ? "" : ",").append(Api.item("bench-in-" + UUID.randomUUID(), 1000, Instant.now().minusSeconds(3600)));
        }
        long start = System.nanoTime();
        api.postJsonOk("/api/v1/content", writer, body.append("]}").toString());
        return (System.nanoTime() - start) / 1e6;
    }

    private double rating(String writer, String checker) {
        String id = "bench-rt-" + UUID.randomUUID();
        api.postJsonOk("/api/v1/content", writer, "{\"items\":[" + Api.item(id, 1000, Instant.now().minusSeconds(3600)) + "]}");
        api.controlOk("/api/test/manual-enqueue", new Form().param("contentId", id).param("withDemotion", "false")
                .param("issue", "Outbox bench election").param("externalSignal", "https://partner.example/report")
                .param("note", "queued by the outbox benchmark"));
        try (Response r = api.request("/api/v1/factcheck/queue/" + id + "/claim", checker).post(Entity.json("{}"))) {
            if (r.getStatus() != 200) {
                throw new AssertionError("claim " + r.getStatus() + " " + r.readEntity(String.class));
            }
        }
        long start = System.nanoTime();
        api.postJsonOk("/api/v1/factcheck/queue/" + id + "/rating", checker, "{\"rating\":\"FALSE\",\"claim\":\"Claim "
                + id + "\",\"articleUrl\":\"https://factcheck.example/" + id + "\",\"summary\":\"Not so.\"}");
        return (System.nanoTime() - start) / 1e6;
    }

    private long subscribe(String token, String url) {
        JsonObject s = Api.parse(readOk(api.postJson("/api/v1/subscriptions", token,
                "{\"url\":\"" + url + "\",\"topics\":[\"item.treatment\"]}"), 201));
        return s.getJsonNumber("id").longValue();
    }

    private void delete(String token, long id) {
        readOk(api.request("/api/v1/subscriptions/" + id, token).delete(), 204);
    }

    private static String readOk(Response r, int status) {
        try (r) {
            String body = r.hasEntity() ? r.readEntity(String.class) : "";
            if (r.getStatus() != status) {
                throw new AssertionError(r.getStatus() + " " + body);
            }
            return body;
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String load() throws java.io.IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    private static void print(String line) {
        System.out.println("OUTBOX-BENCH " + line);
    }
}
