package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.Api;
import org.veracity.it.support.DeskSession;
import org.veracity.it.support.VeracityIT;

/**
 * R20 end to end, after the seed's story: a national and a local campaign report the same kind of "army" video;
 * the specialists' queue puts the one due first first whatever the reporter's size, both are acknowledged and
 * decided in due-time order, the decision cites the policy version, each status change fires one notice, an
 * appeal is decided by another specialist once, and the public figures show both size bands.
 */
class EscalationsIT extends VeracityIT {

    private static final String PASSWORD = "a-long-test-password";
    private static final String POLICY = "militarized-language-polling-places";

    String suffix;
    String nationalToken;
    String localToken;
    String specialist;
    String otherSpecialist;
    /** A week of its own in the future, so the published figures of that week are this test's alone. */
    Instant t0;

    @BeforeEach
    void reporters() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        nationalToken = api.controlOk("/api/test/r20/reporters", new Form().param("name", "National campaign " + suffix)
                .param("band", "NATIONAL").param("staff", "500 staff"));
        localToken = api.controlOk("/api/test/r20/reporters", new Form().param("name", "Local campaign " + suffix)
                .param("band", "LOCAL").param("staff", "3 staff"));
        specialist = "esc-spec-" + suffix;
        otherSpecialist = "esc-spec2-" + suffix;
        api.createUser(specialist, PASSWORD, "SPECIALIST");
        api.createUser(otherSpecialist, PASSWORD, "SPECIALIST");
        t0 = Instant.parse("2031-01-06T09:00:00Z")
                .plus(Duration.ofDays(7L * ThreadLocalRandom.current().nextInt(0, 2000)));
    }

    private JsonObject report(String token, String item, String description) {
        try (Response r = api.postJson("/api/v1/escalations", token, "{\"items\":[\"" + item + "\"],\"policy\":\""
                + POLICY + "\",\"description\":\"" + description + "\",\"contact\":\"digital@campaign.example\"}")) {
            String body = r.readEntity(String.class);
            assertEquals(201, r.getStatus(), body);
            return Api.parse(body);
        }
    }

    @Test
    void a_local_and_a_national_campaign_are_answered_in_due_time_order_with_the_policy_version_cited() {
        api.fixClockAt(t0);
        JsonObject local = report(localToken, "it-army-county-" + suffix, "A video recruiting an army for polling places");
        api.fixClockAt(t0.plus(Duration.ofMinutes(31)));
        JsonObject national = report(nationalToken, "https://video.example/watch?v=army-" + suffix,
                "A video recruiting an army for election day");
        String localId = local.getString("id");
        String nationalId = national.getString("id");

        assertEquals("RECEIVED", local.getString("status"));
        assertEquals(t0.plus(Duration.ofHours(24)).toString(), local.getString("firstResponseDue"));
        assertEquals(t0.plus(Duration.ofHours(72)).toString(), local.getString("decisionDue"));
        assertEquals(t0.plus(Duration.ofMinutes(31)).plus(Duration.ofHours(24)).toString(),
                national.getString("firstResponseDue"));

        // 22 h 30 min later the local campaign's first response is due within 2 h: highlighted, and first in the queue.
        api.fixClockAt(t0.plus(Duration.ofHours(22)).plus(Duration.ofMinutes(30)));
        DeskSession desk = DeskSession.loggedIn(api.base(), specialist, PASSWORD);
        String queue = desk.get("/desk/escalations.xhtml").body();
        assertTrue(queue.indexOf(localId) > 0 && queue.indexOf(localId) < queue.indexOf(nationalId),
                "the local campaign, due first, is above the national one");
        assertTrue(rowClassOf(queue, localId).contains("sla-due-soon"), "due within 2 h is highlighted");
        assertFalse(rowClassOf(queue, nationalId).contains("sla-due-soon"), "due in 2 h 01 min is not yet");
        assertTrue(queue.contains("1 h 30 min left"), "the SLA clock shows the time left to the minute");

        // Both acknowledged in due-time order, within the 24 h.
        api.fixClockAt(t0.plus(Duration.ofHours(23)));
        triage(localId, "acknowledge", Map.of());
        api.fixClockAt(t0.plus(Duration.ofHours(23)).plus(Duration.ofMinutes(10)));
        triage(nationalId, "acknowledge", Map.of());
        assertEquals("ACKNOWLEDGED", api.getJsonOk("/api/v1/escalations/" + localId, localToken).getString("status"));

        // Decided in due-time order: the local one in the desk, then the national one.
        api.fixClockAt(t0.plus(Duration.ofHours(30)));
        queue = desk.get("/desk/escalations.xhtml").body();
        assertTrue(queue.indexOf(localId) < queue.indexOf(nationalId), "decision due first stays first");
        DeskSession.Page decided = desk.submit("/desk/escalations.xhtml", "triage", "decideButton", Map.of(
                "triage:escalation_input", localId, "triage:action_input", "REMOVED",
                "triage:category_input", "MILITARIZED_LANGUAGE_POLLING_PLACES",
                "triage:rationale", "The video calls for an armed presence at polling places."));
        assertEquals(200, decided.status());
        assertTrue(decided.body().contains("Escalation " + localId + " decided"), decided.body());
        api.fixClockAt(t0.plus(Duration.ofHours(31)));
        triage(nationalId, "decide", Map.of("action", "REMOVED", "category", "MILITARIZED_LANGUAGE_POLLING_PLACES",
                "rationale", "Recruiting an army for election day is intimidation of voters."));

        JsonObject localRead = api.getJsonOk("/api/v1/escalations/" + localId, localToken);
        assertEquals("DECIDED", localRead.getString("status"));
        JsonObject decision = localRead.getJsonObject("decision");
        assertEquals("REMOVED", decision.getString("action"));
        assertEquals(POLICY + "@v1", decision.getString("policyVersion"));
        assertEquals("The video calls for an armed presence at polling places.", decision.getString("rationale"));
        assertEquals(List.of("RECEIVED", "ACKNOWLEDGED", "DECIDED"), statuses(localRead.getJsonArray("history")));
        JsonObject nationalRead = api.getJsonOk("/api/v1/escalations/" + nationalId, nationalToken);
        assertEquals(POLICY + "@v1", nationalRead.getJsonObject("decision").getString("policyVersion"));
        assertTrue(nationalRead.getJsonObject("decision").getJsonArray("items").getString(0)
                .startsWith("https://video.example/watch?v=army-" + suffix + ": removed under " + POLICY + "@v1"));
        try (Response other = api.request("/api/v1/escalations/" + localId, nationalToken).get()) {
            assertEquals(404, other.getStatus(), "a reporter reads only its own escalations");
        }

        // One notice per status change, to the reporting organisation.
        assertEquals("escalation.status:RECEIVED,escalation.status:ACKNOWLEDGED,escalation.status:DECIDED",
                notices(localId));
        assertEquals("escalation.status:RECEIVED,escalation.status:ACKNOWLEDGED,escalation.status:DECIDED",
                notices(nationalId));
        assertTrue(recipients(localId).stream().allMatch(r -> r.equals("partner:Local campaign " + suffix)));

        // The public figures of that week show both size bands.
        JsonArray rows = api.getJsonOk("/api/v1/transparency/escalations", null).getJsonArray("rows");
        String week = isoWeek(t0);
        JsonObject localRow = row(rows, week, "LOCAL");
        JsonObject nationalRow = row(rows, week, "NATIONAL");
        assertEquals(1, localRow.getInt("received"));
        assertEquals(23 * 3600, localRow.getJsonNumber("medianFirstResponseSeconds").longValue());
        assertEquals(30 * 3600, localRow.getJsonNumber("medianDecisionSeconds").longValue());
        assertEquals(1.0, localRow.getJsonNumber("decisionWithinSla").doubleValue());
        assertEquals(1, nationalRow.getInt("received"));
        assertEquals(22 * 3600 + 39 * 60, nationalRow.getJsonNumber("medianFirstResponseSeconds").longValue());
        try (Response csv = api.request("/api/v1/transparency/escalations", null).accept("text/csv").get()) {
            String text = csv.readEntity(String.class);
            assertEquals(200, csv.getStatus());
            assertTrue(csv.getMediaType().toString().startsWith("text/csv"), csv.getMediaType().toString());
            assertTrue(text.startsWith("week,sizeBand,received,"), text);
            assertTrue(text.contains("\n" + week + ",LOCAL,1,82800,82800,108000,108000,1.000,1.000,1,0,0,0"), text);
            assertTrue(text.contains("\n" + week + ",NATIONAL,1,"), text);
        }
    }

    @Test
    void a_decision_is_appealed_once_and_the_appeal_is_decided_by_another_specialist() {
        api.fixClockAt(t0);
        String id = report(localToken, "it-army-appeal-" + suffix, "An army video").getString("id");
        api.fixClockAt(t0.plus(Duration.ofHours(2)));
        triage(id, "decide", Map.of("action", "NO_VIOLATION", "rationale", "No call to intimidate voters."));

        api.fixClockAt(t0.plus(Duration.ofHours(3)));
        JsonObject appealed = api.postJsonOk("/api/v1/escalations/" + id + "/appeal", localToken,
                "{\"reason\":\"The video was reposted with a call to bring weapons\"}");
        assertEquals("APPEALED", appealed.getString("status"));
        assertEquals(t0.plus(Duration.ofHours(75)).toString(), appealed.getString("appealDecisionDue"));

        try (Response same = api.controlResponse("/api/test/r20/escalations/" + id + "/decide", new Form()
                .param("as", specialist).param("action", "NO_VIOLATION").param("rationale", "still fine"))) {
            assertEquals(409, same.getStatus(), "the first decider may not decide the appeal");
            assertTrue(same.readEntity(String.class).contains("another specialist"));
        }
        api.controlOk("/api/test/r20/escalations/" + id + "/decide", new Form().param("as", otherSpecialist)
                .param("action", "REMOVED").param("category", "MILITARIZED_LANGUAGE_POLLING_PLACES")
                .param("rationale", "On appeal: the repost calls for weapons at polling places."));
        JsonObject read = api.getJsonOk("/api/v1/escalations/" + id, localToken);
        assertEquals("APPEAL_DECIDED", read.getString("status"));
        assertEquals("REMOVED", read.getJsonObject("decision").getString("action"));

        try (Response again = api.postJson("/api/v1/escalations/" + id + "/appeal", localToken, "{\"reason\":\"again\"}")) {
            assertEquals(409, again.getStatus(), "a decision is appealed once");
        }
        assertEquals("escalation.status:RECEIVED,escalation.status:DECIDED,escalation.status:APPEALED,"
                + "escalation.status:APPEAL_DECIDED", notices(id));
    }

    @Test
    void two_reporters_naming_the_same_new_item_at_the_same_moment_are_both_received() throws Exception {
        for (int round = 0; round < 5; round++) {
            String item = "https://video.example/army-" + suffix + "-" + round;
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<JsonObject>> both = pool.invokeAll(List.of(
                        () -> report(nationalToken, item, "Recruits an army for election day"),
                        () -> report(localToken, item, "The same video, reported by us too")));
                for (Future<JsonObject> f : both) {
                    assertEquals("RECEIVED", f.get().getString("status"), "each report is received, none fails");
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void a_report_needs_items_a_known_policy_and_a_partner_token_with_the_scope() {
        try (Response r = api.postJson("/api/v1/escalations", localToken,
                "{\"items\":[],\"policy\":\"no-such-policy\",\"description\":\"x\"}")) {
            String body = r.readEntity(String.class);
            assertEquals(400, r.getStatus(), body);
            assertTrue(body.contains("\"field\":\"items\""), body);
        }
        try (Response r = api.postJson("/api/v1/escalations", localToken,
                "{\"items\":[\"it-x-" + suffix + "\"],\"policy\":\"no-such-policy\",\"description\":\"x\"}")) {
            String body = r.readEntity(String.class);
            assertEquals(422, r.getStatus(), body);
            assertTrue(body.contains("\"field\":\"policy\""), body);
        }
        try (Response r = api.postJson("/api/v1/escalations", api.token("content:read", null),
                "{\"items\":[\"it-x-" + suffix + "\"],\"policy\":\"" + POLICY + "\",\"description\":\"x\"}")) {
            assertEquals(403, r.getStatus());
        }
        // 50 long URLs, each allowed alone, that do not fit one escalation together.
        String longItems = java.util.stream.IntStream.range(0, 50).mapToObj(i -> "\"https://video.example/" + suffix
                + "/" + i + "/" + "x".repeat(420) + "\"").collect(java.util.stream.Collectors.joining(","));
        try (Response r = api.postJson("/api/v1/escalations", localToken, "{\"items\":[" + longItems
                + "],\"policy\":\"" + POLICY + "\",\"description\":\"Fifty copies of the video\"}")) {
            String body = r.readEntity(String.class);
            assertEquals(422, r.getStatus(), body);
            assertTrue(body.contains("\"field\":\"items\"") && body.contains("too long together"), body);
        }
    }

    private void triage(String id, String step, Map<String, String> params) {
        Form form = new Form().param("as", specialist);
        params.forEach(form::param);
        api.controlOk("/api/test/r20/escalations/" + id + "/" + step, form);
    }

    private String notices(String id) {
        try (Response r = api.request("/api/test/r20/notices/" + id, null).accept(MediaType.TEXT_PLAIN).get()) {
            return r.readEntity(String.class);
        }
    }

    private List<String> recipients(String id) {
        try (Response r = api.request("/api/test/r20/notices/" + id + "/recipients", null).accept(MediaType.TEXT_PLAIN)
                .get()) {
            return List.of(r.readEntity(String.class).split(","));
        }
    }

    private static List<String> statuses(JsonArray history) {
        return history.stream().map(v -> v.asJsonObject().getString("status")).toList();
    }

    private static JsonObject row(JsonArray rows, String week, String band) {
        return rows.stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("week").equals(week) && r.getString("sizeBand").equals(band)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + band + " row for " + week + " in " + rows));
    }

    private static String isoWeek(Instant at) {
        var d = at.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        return String.format("%d-W%02d", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The class attribute of the table row that shows this tracking id. */
    private static String rowClassOf(String page, String trackingId) {
        int at = page.indexOf(trackingId);
        assertTrue(at > 0, trackingId + " is in the queue");
        int row = page.lastIndexOf("<tr", at);
        Matcher m = Pattern.compile("class=\"([^\"]*)\"").matcher(page.substring(row, page.indexOf('>', row)));
        return m.find() ? m.group(1) : "";
    }
}
