package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.Api;
import org.veracity.it.support.VeracityIT;

/** Issue 9, defect 11: the sealed audit chain, checked by verify-audit-chain, anchored by published checkpoints. */
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
}
