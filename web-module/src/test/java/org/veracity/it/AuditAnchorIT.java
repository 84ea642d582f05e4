package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.Api;
import org.veracity.it.support.VeracityIT;

/**
 * Issue 9, defect 11: the sealed audit chain, checked by verify-audit-chain, anchored by published checkpoints.
 * Issue 15: the chains by subject take concurrent writers on different items and still verify.
 */
class AuditAnchorIT extends VeracityIT {

    private long newestEvent() {
        String token = api.token("content:write", 1);
        String id = "anchor-" + UUID.randomUUID();
        api.postJsonOk("/api/v1/content", token, "{\"items\":[" + Api.item(id, 10, Instant.now().minusSeconds(60)) + "]}");
        try (Response r = api.request("/api/test/audit/last", null).accept(MediaType.TEXT_PLAIN).get()) {
            return Long.parseLong(r.readEntity(String.class).trim());
        }
    }

    private String verifyJob() {
        long execution = Long.parseLong(api.controlOk("/api/test/jobs/verify-audit-chain/start", new Form()));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            String run;
            try (Response r = api.request("/api/test/jobs/executions/" + execution, null).accept(MediaType.TEXT_PLAIN).get()) {
                run = r.readEntity(String.class);
            }
            if (run.startsWith("COMPLETED|") || run.startsWith("FAILED|")) {
                return run;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("verify-audit-chain did not end within two minutes");
    }

    @Test
    void a_row_changed_and_re_hashed_in_the_database_is_reported_by_verify_audit_chain() {
        long seq = newestEvent();
        assertTrue(verifyJob().startsWith("COMPLETED|INTACT: "), "before the change");
        String original = api.controlOk("/api/test/audit/" + seq + "/rehash", new Form().param("reason", "nothing happened here"));
        try {
            String run = verifyJob();
            assertTrue(run.startsWith("FAILED|BROKEN: event " + seq + " does not carry a valid seal"), run);
        } finally {
            api.controlOk("/api/test/audit/" + seq + "/rehash", new Form().param("reason", original));
        }
        assertTrue(verifyJob().startsWith("COMPLETED|INTACT: "), "after the original row is back");
    }

    @Test
    void a_checkpoint_is_published_on_the_transparency_page_and_as_open_data_and_verified() {
        long seq = newestEvent();
        String number = api.controlOk("/api/test/audit/checkpoint", new Form());

        JsonObject newest = api.getJsonOk("/api/v1/transparency/audit-checkpoints", null)
                .getJsonArray("checkpoints").getJsonObject(0);
        assertEquals(Long.parseLong(number), newest.getJsonNumber("number").longValue());
        assertTrue(newest.getJsonNumber("lastSequence").longValue() >= seq);
        String headHash = newest.getString("headHash");
        assertTrue(headHash.matches("[0-9a-f]{64}"), headHash);
        assertTrue(newest.getString("mac").matches("[0-9a-f]{64}"), "sealed: " + newest);
        assertEquals("it-run", newest.getString("keyId"));

        String page;
        try (Response r = api.request("/transparency/", null).accept(MediaType.TEXT_HTML).get()) {
            assertEquals(200, r.getStatus());
            page = r.readEntity(String.class);
        }
        assertTrue(page.contains("Audit checkpoints"), page);
        assertTrue(page.contains(headHash), "the page shows the checkpoint's hash " + headHash);

        String run = verifyJob();
        assertTrue(run.startsWith("COMPLETED|INTACT: ") && !run.contains(" 0 checkpoints matched"), run);
    }

    @Test
    void concurrent_writers_on_different_items_all_land_in_their_items_chains_and_every_chain_verifies() throws Exception {
        String run = UUID.randomUUID().toString();
        String shared = "shared-" + run;
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    try (Api own = new Api(base)) {
                        String token = own.token("content:write", 1);
                        for (int i = 0; i < 5; i++) {
                            own.postJsonOk("/api/v1/content", token, "{\"items\":[" + Api.item("chains-" + run + "-" + writer
                                    + "-" + i, 10, Instant.now().minusSeconds(60)) + "]}");
                        }
                        for (int i = 0; i < 10; i++) {
                            own.controlOk("/api/test/audit/append", new Form().param("subject", "writer-" + run + "-" + writer)
                                    .param("count", "2"));
                            if (writer < 2) {
                                own.controlOk("/api/test/audit/append", new Form().param("subject", shared));
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        assertOneChainInOrder(history(shared), 20);
        for (int w = 0; w < writers; w++) {
            assertOneChainInOrder(history("writer-" + run + "-" + w), 20);
            List<String> item = history("chains-" + run + "-" + w + "-0");
            assertOneChainInOrder(item, Math.max(1, item.size()));
        }
        api.controlOk("/api/test/audit/checkpoint", new Form());
        String verified = verifyJob();
        assertTrue(verified.startsWith("COMPLETED|INTACT: ") && verified.contains(" in 65 chains"), verified);
    }

    private List<String> history(String subject) {
        try (Response r = api.request("/api/test/audit/history/" + subject, null).accept(MediaType.TEXT_PLAIN).get()) {
            return r.readEntity(String.class).lines().toList();
        }
    }

    /** Every event of the item in one chain, at growing places: its history reads in one place, in order. */
    private static void assertOneChainInOrder(List<String> history, int events) {
        assertEquals(events, history.size(), history.toString());
        long previous = 0;
        for (String line : history) {
            String[] chainAndPosition = line.split(" ");
            assertEquals(history.get(0).split(" ")[0], chainAndPosition[0], "one chain: " + history);
            assertTrue(!"0".equals(chainAndPosition[0]), "not the chain of before V28");
            long position = Long.parseLong(chainAndPosition[1]);
            assertTrue(position > previous, "in order: " + history);
            previous = position;
        }
    }
}
