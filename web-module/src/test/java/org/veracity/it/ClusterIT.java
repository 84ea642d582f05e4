package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veracity.it.support.Fixtures.claim;
import static org.veracity.it.support.Fixtures.distributionOf;
import static org.veracity.it.support.Fixtures.items;
import static org.veracity.it.support.Fixtures.signal;
import static org.veracity.it.support.Fixtures.signals;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.veracity.domain.factcheck.Verdict;
import org.veracity.it.support.Api;
import org.veracity.it.support.Fixtures;
import org.veracity.it.support.SecondInstance;
import org.veracity.it.support.VeracityIT;

/**
 * Two Payara Micro instances on one PostgreSQL, clustered over TCP on loopback (issue 15): the distribution projection
 * in their shared data grid is what both answer from; a change made through one is in the other's next answer; a
 * demotion lapses on both at its second; a stale grid entry is repaired by the reconciliation job; and when one
 * instance is killed during intake, no item it accepted is lost and the other keeps answering; a token revoked
 * through one is refused by the other at once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT extends VeracityIT {

    static SecondInstance second;

    Api other;
    String token;

    @BeforeAll
    static void startSecond() throws Exception {
        second = SecondInstance.start();
    }

    @AfterAll
    static void stopSecond() throws Exception {
        if (second != null) {
            second.close();
        }
    }

    @BeforeEach
    void connect() {
        token = api.token("content:write,content:read,signals:write,distribution:read", null);
        other = new Api(second.base());
        other.resetClock();
    }

    @AfterEach
    void disconnect() {
        if (second.isAlive()) {
            other.resetClock();
        }
        other.close();
    }

    @Test
    @Order(1)
    void both_instances_are_members_of_one_grid_whose_projection_is_complete() {
        // 31 partitions: the grid's setting for a few instances (docs/operations.md), not Hazelcast's 271.
        awaitStatus(api, "true|true|", "|31|2");
        awaitStatus(other, "true|true|", "|31|2");
    }

    @Test
    @Order(2)
    void a_rating_made_through_one_instance_is_in_the_others_next_answer() {
        String partner = "Cluster " + UUID.randomUUID().toString().substring(0, 8);
        api.controlOk("/api/test/partners", new Form().param("name", partner).param("languages", "en")
                .param("regions", "US"));
        String id = Fixtures.ratedFalse(api, token, api.partnerToken(partner),
                claim("cl-" + UUID.randomUUID(), 20_000, Instant.now().minusSeconds(600)).text(wordsOfItsOwn()),
                "Made up");

        JsonObject there = answer(other, id);
        assertFalse(there.getBoolean("adsAllowed"), there.toString());
        assertTrue(there.getJsonNumber("multiplier").doubleValue() < 0.5, there.toString());
        assertEquals(answer(api, id), there, "both instances answer alike");
        assertTrue(there.toString().contains(Verdict.FALSE.name()), there.toString());
    }

    @Test
    @Order(3)
    void a_demotion_made_through_one_instance_lapses_on_both_at_its_second() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        fixClocks(now);
        String id = "cl-" + UUID.randomUUID();
        api.postJsonOk("/api/v1/content", token, items(claim(id, 10_000, now.minusSeconds(3_600)).text(wordsOfItsOwn())));
        api.postJsonOk("/api/v1/signals", token, signals(signal(id + "-x", id, "EXTERNAL_FALSITY", 3, now)));
        assertEquals(0.5, multiplier(other, id), "the other instance's next answer has the demotion");

        fixClocks(now.plus(Duration.ofHours(168)).minusSeconds(1));
        assertEquals(0.5, multiplier(api, id));
        assertEquals(0.5, multiplier(other, id));
        fixClocks(now.plus(Duration.ofHours(168)));
        assertEquals(1.0, multiplier(api, id), "lapsed at exactly seven days, with no job");
        assertEquals(1.0, multiplier(other, id), "lapsed at exactly seven days, with no job");
    }

    @Test
    @Order(4)
    void the_reconciliation_job_repairs_a_stale_grid_entry() {
        String id = "cl-" + UUID.randomUUID();
        other.postJsonOk("/api/v1/content", token, items(claim(id, 10_000, Instant.now().minusSeconds(3_600))
                .text(wordsOfItsOwn())));
        String beforeDemotion = other.controlGet("/api/test/projection/items/" + id);
        assertFalse(beforeDemotion.isEmpty(), "intake through the other instance put the item in the grid");
        other.postJsonOk("/api/v1/signals", token, signals(signal(id + "-x", id, "EXTERNAL_FALSITY", 3, Instant.now())));
        assertEquals(0.5, multiplier(api, id));

        // The drift a lost update leaves: the value from before the demotion, back in the grid.
        api.controlOk("/api/test/projection/items/" + id, new Form().param("value", beforeDemotion));
        assertEquals(1.0, multiplier(api, id), "both answer from the (now stale) grid, not from the database");
        assertEquals(1.0, multiplier(other, id), "both answer from the (now stale) grid, not from the database");

        String run = awaitEnd(Long.parseLong(api.controlOk("/api/test/jobs/reconcile-distribution-projection/start",
                new Form())));
        assertTrue(run.startsWith("COMPLETED|checked "), run);
        assertTrue(run.contains("repaired ") && run.contains(id), run);
        assertEquals(0.5, multiplier(api, id));
        assertEquals(0.5, multiplier(other, id));
    }

    @Test
    @Order(5)
    void the_audit_trail_verifies_after_both_instances_wrote_to_it_at_once() throws Exception {
        List<Thread> writers = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (Api through : List.of(api, other, api, other)) {
            Thread writer = new Thread(() -> {
                try {
                    for (int batch = 0; batch < 5; batch++) {
                        String id = "cl-" + UUID.randomUUID();
                        through.postJsonOk("/api/v1/content", token, items(claim(id, 10_000,
                                Instant.now().minusSeconds(600)).text(wordsOfItsOwn())));
                        through.postJsonOk("/api/v1/signals", token, signals(signal(id + "-x", id, "EXTERNAL_FALSITY", 3,
                                Instant.now())));
                    }
                } catch (Throwable t) {
                    synchronized (failures) {
                        failures.add(t);
                    }
                }
            });
            writers.add(writer);
            writer.start();
        }
        for (Thread writer : writers) {
            writer.join();
        }
        assertEquals(List.of(), failures);
        String run = awaitEnd(Long.parseLong(api.controlOk("/api/test/jobs/verify-audit-chain/start", new Form())));
        assertTrue(run.startsWith("COMPLETED|"), run);
    }

    @Test
    @Order(6)
    void a_token_revoked_through_one_instance_is_refused_by_the_other_at_once() {
        String name = "cluster-revoke-" + UUID.randomUUID();
        String revoked = api.namedToken(name, "distribution:read");
        for (int k = 0; k < 3; k++) { // the other instance has read it, recorded its use, and now keeps it
            try (Response r = other.postJson("/api/v1/distribution", revoked, distributionOf("any-id"))) {
                assertEquals(200, r.getStatus());
            }
        }
        api.revoke(name);
        try (Response r = other.postJson("/api/v1/distribution", revoked, distributionOf("any-id"))) {
            assertEquals(401, r.getStatus(), "revoked through the first instance, refused by the second at once");
        }
    }

    /**
     * R18 across instances: each keeps the recent hours' post traces in memory and reads only what was written since
     * its last detection, so posts of one campaign taken in through both at once still make one case of every account.
     */
    @Test
    @Order(8)
    void a_campaign_posted_through_both_instances_at_once_opens_one_case_and_later_posts_through_either_join_it()
            throws Exception {
        String name = "Corey " + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        Instant start = Instant.parse("2019-01-01T00:00:00Z").plus(Duration.ofHours(new Random().nextInt(20_000)));
        String text = name + " is the only candidate who can fix our roads. Vote for real change this spring!";
        List<String> ids = new ArrayList<>();
        List<Thread> writers = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Api through = t % 2 == 0 ? api : other;
            List<String> bodies = new ArrayList<>();
            for (int b = 0; b < 5; b++) {
                StringBuilder items = new StringBuilder();
                for (int p = 0; p < 2; p++) {
                    int k = (t * 5 + b) * 2 + p;
                    String id = "camp-" + k + "-" + UUID.randomUUID();
                    ids.add(id);
                    items.append(items.length() == 0 ? "" : ",").append(CoordinationIT.post(id, id + "-account",
                            start.plusSeconds(40L * k), k % 2 == 0 ? text : text.toUpperCase()));
                }
                bodies.add("{\"items\":[" + items + "]}");
            }
            writers.add(new Thread(() -> {
                try {
                    bodies.forEach(body -> through.postJsonOk("/api/v1/content", token, body));
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }));
        }
        writers.forEach(Thread::start);
        for (Thread w : writers) {
            w.join();
        }
        assertEquals(List.of(), failures);
        List<JsonObject> cases = CoordinationIT.casesWithAny(other, token, ids);
        assertEquals(1, cases.size(), "one case for one campaign: " + cases);
        assertEquals(new HashSet<>(ids), CoordinationIT.strings(cases.get(0), "items"));
        assertEquals(ids.size(), CoordinationIT.strings(cases.get(0), "accounts").size());

        for (Api through : List.of(api, other, api)) {
            String id = "camp-late-" + UUID.randomUUID();
            through.postJsonOk("/api/v1/content", token, "{\"items\":[" + CoordinationIT.post(id, id + "-account",
                    start.plus(Duration.ofMinutes(30)), text) + "]}");
            assertTrue(CoordinationIT.strings(CoordinationIT.casesWithAny(api, token, List.of(id)).get(0), "items")
                    .containsAll(ids), id + ", taken in through " + through.base() + ", joined the campaign's case");
        }
    }

    @Test
    @Order(9)
    void an_instance_killed_during_intake_loses_no_accepted_item_and_the_other_keeps_answering() throws Exception {
        List<String> accepted = new ArrayList<>();
        AtomicBoolean stopped = new AtomicBoolean();
        String demoted = "cl-" + UUID.randomUUID();
        other.postJsonOk("/api/v1/content", token, items(claim(demoted, 10_000, Instant.now().minusSeconds(60))
                .text(wordsOfItsOwn())));
        other.postJsonOk("/api/v1/signals", token, signals(signal(demoted + "-x", demoted, "EXTERNAL_FALSITY", 3,
                Instant.now())));
        Thread stream = new Thread(() -> {
            while (!stopped.get()) {
                List<Fixtures.Content> batch = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    batch.add(claim("cl-" + UUID.randomUUID(), 500, Instant.now().minusSeconds(60)).text(wordsOfItsOwn()));
                }
                try (Response r = other.postJson("/api/v1/content", token, items(batch.toArray(Fixtures.Content[]::new)))) {
                    if (r.getStatus() != 200) {
                        return;
                    }
                    var results = Api.parse(r.readEntity(String.class)).getJsonArray("results");
                    for (int i = 0; i < batch.size(); i++) {
                        if ("ACCEPTED".equals(results.getJsonObject(i).getString("status"))) {
                            synchronized (accepted) {
                                accepted.add(batch.get(i).id());
                            }
                        }
                    }
                } catch (RuntimeException killed) {
                    return;
                }
            }
        });
        stream.start();
        while (size(accepted) < 100) {
            Thread.sleep(50);
        }
        second.kill();
        stopped.set(true);
        stream.join();

        List<String> ids;
        synchronized (accepted) {
            ids = List.copyOf(accepted);
        }
        awaitStatus(api, "true|true|", "|1");
        for (String id : ids) {
            assertFalse(api.controlGet("/api/test/projection/items/" + id).isEmpty(), id + " is still in the grid");
            api.getJsonOk("/api/v1/content/" + id, token);
        }
        JsonObject answers = api.postJsonOk("/api/v1/distribution", token, distributionOf(ids.toArray(String[]::new)));
        assertEquals(ids.size(), answers.getJsonArray("items").size());
        assertEquals(0.5, multiplier(api, demoted), "a demotion made through the killed instance still holds");
    }

    private void fixClocks(Instant at) {
        api.fixClockAt(at);
        other.fixClockAt(at);
    }

    private static int size(List<String> list) {
        synchronized (list) {
            return list.size();
        }
    }

    private JsonObject answer(Api through, String id) {
        return through.postJsonOk("/api/v1/distribution", token, distributionOf(id)).getJsonArray("items")
                .getJsonObject(0);
    }

    private double multiplier(Api through, String id) {
        return answer(through, id).getJsonNumber("multiplier").doubleValue();
    }

    private static void awaitStatus(Api through, String prefix, String suffix) {
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        String status = "";
        while (Instant.now().isBefore(until)) {
            status = through.controlGet("/api/test/projection/status");
            if (status.startsWith(prefix) && status.endsWith(suffix)) {
                return;
            }
            sleep(500);
        }
        throw new AssertionError("projection status on " + through.base() + " stayed " + status);
    }

    private String awaitEnd(long executionId) {
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(until)) {
            String run;
            try (Response r = api.request("/api/test/jobs/executions/" + executionId, null).accept(MediaType.TEXT_PLAIN)
                    .get()) {
                run = r.readEntity(String.class);
            }
            if (run.matches("(COMPLETED|FAILED|STOPPED|ABANDONED)\\|.*")) {
                return run;
            }
            sleep(200);
        }
        throw new AssertionError("execution " + executionId + " did not end");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String wordsOfItsOwn() {
        Random random = new Random();
        StringBuilder text = new StringBuilder("Cluster");
        for (int word = 0; word < 4; word++) {
            text.append(' ');
            for (int letter = 0; letter < 9; letter++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }
}
