package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.Api;
import org.veracity.it.support.DeskSession;
import org.veracity.it.support.VeracityIT;
import org.veracity.it.support.WebhookReceiver;
import org.veracity.it.support.WebhookReceiver.Received;

/**
 * R20 after the report (issue 12): the reporter answers a request for information (API and status page) and the
 * decision clock, stopped meanwhile, runs again; breaches are recorded once when they happen, even by two sweeps
 * at the same moment, and counted in the public figures; the reporting organisation's webhook receives every
 * status change signed, once and in order, another organisation's none; the public form's key is shared.
 */
class EscalationFollowUpIT extends VeracityIT {

    private static final String PASSWORD = "a-long-follow-up-password";
    private static final String POLICY = "militarized-language-polling-places";

    String suffix;
    String local;
    String localToken;
    String nationalToken;
    String specialist;
    /** A week of its own in the future, so the published figures of that week are this test's alone. */
    Instant t0;

    @BeforeEach
    void reporters() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        local = "Local campaign " + suffix;
        localToken = api.controlOk("/api/test/r20/reporters", new Form().param("name", local)
                .param("band", "LOCAL").param("staff", "3 staff"));
        nationalToken = api.controlOk("/api/test/r20/reporters", new Form().param("name", "National campaign " + suffix)
                .param("band", "NATIONAL").param("staff", "500 staff"));
        specialist = "fu-spec-" + suffix;
        api.createUser(specialist, PASSWORD, "SPECIALIST");
        t0 = Instant.parse("2031-01-06T09:00:00Z")
                .plus(Duration.ofDays(7L * ThreadLocalRandom.current().nextInt(0, 2000)));
    }

    @Test
    void the_reporter_answers_once_with_a_further_item_and_the_decision_clock_resumes_where_it_stood() throws Exception {
        api.fixClockAt(t0);
        String id = report(localToken, "it-fu-army-" + suffix);
        api.fixClockAt(t0.plus(Duration.ofHours(1)));
        step(id, "acknowledge", Map.of());

        // Nothing was asked yet: a conflict with a sentence that says so.
        try (Response r = api.postJson("/api/v1/escalations/" + id + "/information", localToken, "{\"text\":\"early\"}")) {
            String body = r.readEntity(String.class);
            assertEquals(409, r.getStatus(), body);
            assertTrue(r.getMediaType().toString().startsWith("application/problem+json"), r.getMediaType().toString());
            assertTrue(body.contains("no information was asked for on escalation " + id), body);
        }

        api.fixClockAt(t0.plus(Duration.ofHours(10)));
        step(id, "request-information", Map.of("question", "Which polling places does the video name?"));

        // Another organisation's token learns nothing (404, as for an unknown id); a token without the scope is 403.
        try (Response r = api.postJson("/api/v1/escalations/" + id + "/information", nationalToken, "{\"text\":\"x\"}")) {
            assertEquals(404, r.getStatus());
        }
        try (Response r = api.postJson("/api/v1/escalations/ESC-NOSUCHONE/information", localToken, "{\"text\":\"x\"}")) {
            assertEquals(404, r.getStatus());
        }
        try (Response r = api.postJson("/api/v1/escalations/" + id + "/information", api.token("content:read", null),
                "{\"text\":\"x\"}")) {
            assertEquals(403, r.getStatus());
        }
        try (Response r = api.postJson("/api/v1/escalations/" + id + "/information", "vrc_not-a-token", "{\"text\":\"x\"}")) {
            assertEquals(401, r.getStatus());
        }
        // Malformed answers: each refused with the field named, nothing recorded.
        assertField(answer(id, "{\"text\":\"   \"}"), "text", "is required");
        assertField(answer(id, "{\"text\":\"" + "x".repeat(4001) + "\"}"), "text", "must be at most 4000 characters");
        assertField(answer(id, "{\"text\":\"ok\",\"items\":[\"has a space\"]}"), "items[0]", "platform content id");
        assertField(answer(id, "{\"text\":\"ok\",\"items\":[\"https://video.example/a b\"]}"), "items[0]", "without spaces");
        String fifty = java.util.stream.IntStream.range(0, 50).mapToObj(i -> "\"it-fu-many-" + suffix + "-" + i + "\"")
                .collect(java.util.stream.Collectors.joining(","));
        try (Response r = answer(id, "{\"text\":\"ok\",\"items\":[" + fifty + "]}")) {
            String body = r.readEntity(String.class);
            assertEquals(422, r.getStatus(), body);
            assertTrue(body.contains("\"field\":\"items\"") && body.contains("name 51 items; it names at most 50"), body);
        }
        try (Response r = answer(id, "{\"text\":7}")) {
            assertEquals(400, r.getStatus(), r.readEntity(String.class));
        }
        try (Response r = answer(id, "{\"text\":")) {
            assertEquals(400, r.getStatus());
        }

        // Four answers sent at the same moment: one is recorded, the others are told nothing is asked any more.
        api.fixClockAt(t0.plus(Duration.ofHours(40)).plusSeconds(7));
        String more = "it-fu-repost-" + suffix;
        List<Integer> statuses = parallel(4, () -> {
            try (Api own = new Api(base); Response r = own.postJson("/api/v1/escalations/" + id + "/information",
                    localToken, "{\"text\":\"Precincts 4 and 9; it was reposted\",\"items\":[\"" + more + "\"]}")) {
                return r.getStatus();
            }
        });
        assertEquals(List.of(200, 409, 409, 409), statuses.stream().sorted().toList(), "one answer recorded: " + statuses);

        JsonObject read = api.getJsonOk("/api/v1/escalations/" + id, localToken);
        assertEquals("INFORMATION_SUPPLIED", read.getString("status"));
        // Asked at 10 h, answered at 40 h 00 min 07 s: the decision due moves from 72 h to 102 h 00 min 07 s.
        assertEquals(t0.plus(Duration.ofHours(102)).plusSeconds(7).toString(), read.getString("decisionDue"));
        JsonObject last = read.getJsonArray("history").getJsonObject(read.getJsonArray("history").size() - 1);
        assertEquals("reporter", last.getString("by"));
        assertEquals("Precincts 4 and 9; it was reposted (items added: " + more + ")", last.getString("note"));
        assertEquals("escalation.status:RECEIVED,escalation.status:ACKNOWLEDGED,escalation.status:INFORMATION_REQUESTED,"
                + "escalation.status:INFORMATION_SUPPLIED", notices(id));
        assertEquals(1, audited(id).stream().filter("ESCALATION_INFORMATION_SUPPLIED"::equals).count());

        // Back in the specialists' queue, with the clock running again; decided citing the policy version.
        DeskSession desk = DeskSession.loggedIn(api.base(), specialist, PASSWORD);
        String queue = desk.get("/desk/escalations.xhtml").body();
        assertTrue(queue.contains(id) && queue.contains("INFORMATION_SUPPLIED"), "in the queue again");
        step(id, "decide", Map.of("action", "NO_VIOLATION", "rationale", "No call to intimidate voters."));
        JsonObject decided = api.getJsonOk("/api/v1/escalations/" + id, localToken);
        assertEquals(List.of("army", "repost"), decided.getJsonObject("decision").getJsonArray("items").stream()
                .map(v -> v.toString().contains("repost") ? "repost" : "army").toList(), "the added item is decided too");
    }

    @Test
    void a_specialist_records_a_partners_answer_in_the_desk_and_the_public_reporter_answers_on_the_status_page() {
        api.fixClockAt(t0);
        String partnerId = report(localToken, "it-fu-desk-" + suffix);
        String ticket = api.request("/api/test/r20/form-ticket", null).accept(MediaType.TEXT_PLAIN).get(String.class);
        api.fixClockAt(t0.plusSeconds(10));
        String[] receipt = api.controlOk("/api/test/r20/public-report", new Form().param("ticket", ticket)
                .param("email", "voter-" + suffix + "@example.org").param("item", "it-fu-public-" + suffix)
                .param("policy", POLICY)).split(" ");
        String publicId = receipt[0];
        String key = receipt[1];
        api.fixClockAt(t0.plus(Duration.ofHours(2)));
        step(partnerId, "request-information", Map.of("question", "Which county?"));
        step(publicId, "request-information", Map.of("question", "Where did you see the video?"));

        DeskSession desk = DeskSession.loggedIn(api.base(), specialist, PASSWORD);
        DeskSession.Page empty = desk.submit("/desk/escalations.xhtml", "triage", "answerButton",
                Map.of("triage:escalation_input", partnerId, "triage:answer", ""));
        assertTrue(empty.body().contains("is required"), "the empty answer is refused next to its field");
        DeskSession.Page recorded = desk.submit("/desk/escalations.xhtml", "triage", "answerButton",
                Map.of("triage:escalation_input", partnerId, "triage:answer", "Jefferson County, said on the phone"));
        assertTrue(recorded.body().contains("answer on " + partnerId + " is recorded"), recorded.body());
        assertEquals("INFORMATION_SUPPLIED", api.getJsonOk("/api/v1/escalations/" + partnerId, localToken)
                .getString("status"));
        DeskSession.Page notForPublic = desk.submit("/desk/escalations.xhtml", "triage", "answerButton",
                Map.of("triage:escalation_input", publicId, "triage:answer", "heard it somewhere"));
        assertTrue(notForPublic.body().contains("its reporter answers through the status link"), notForPublic.body());

        String page = "/transparency/escalation.xhtml?id=" + publicId + "&key=" + key;
        DeskSession visitor = new DeskSession(api.base());
        String shown = visitor.get(page).body();
        assertTrue(shown.contains("The specialists ask you") && shown.contains("Where did you see the video?"), shown);
        Map<String, String> link = Map.of("answer:id", publicId, "answer:key", key);
        DeskSession.Page blank = visitor.submit(page, "answer", "answerButton", with(link, "answer:text", ""));
        assertTrue(messageNextTo(blank.body(), "answer:text").contains("is required"), blank.body());
        DeskSession.Page tooLong = visitor.submit(page, "answer", "answerButton", with(link, "answer:text", "y".repeat(4001)));
        assertTrue(messageNextTo(tooLong.body(), "answer:text").contains("must be at most 4000 characters"));
        DeskSession.Page wrongKey = visitor.submit(page, "answer", "answerButton",
                Map.of("answer:id", publicId, "answer:key", "not-the-key", "answer:text", "guess"));
        assertFalse(wrongKey.body().contains("Thank you"), "the secret of the link is needed");
        DeskSession.Page answered = visitor.submit(page, "answer", "answerButton",
                with(link, "answer:text", "On the county's community group"));
        assertTrue(answered.body().contains("Thank you: your answer was received"), answered.body());
        assertTrue(answered.body().contains("INFORMATION_SUPPLIED"), "the page shows the new status");
        assertFalse(answered.body().contains("The specialists ask you"), "no second answer form");
    }

    @Test
    void breaches_are_recorded_once_when_they_happen_even_by_two_sweeps_at_once_and_counted_in_the_figures()
            throws Exception {
        api.fixClockAt(t0);
        String silent = report(localToken, "it-fu-silent-" + suffix);
        String waiting = report(localToken, "it-fu-waiting-" + suffix);
        String onTime = report(nationalToken, "it-fu-ontime-" + suffix);
        api.fixClockAt(t0.plus(Duration.ofHours(24)));
        step(onTime, "acknowledge", Map.of());
        api.fixClockAt(t0.plus(Duration.ofHours(23)));
        step(waiting, "acknowledge", Map.of());
        api.fixClockAt(t0.plus(Duration.ofHours(30)));
        step(waiting, "request-information", Map.of("question", "Which precincts?"));

        // One second after the first response was due: two sweeps at the same moment record it once.
        api.fixClockAt(t0.plus(Duration.ofHours(24)).plusSeconds(1));
        parallel(2, () -> Integer.parseInt(api.controlOk("/api/test/r20/breaches/sweep", new Form())));
        assertEquals(List.of("ESCALATION_RECEIVED", "ESCALATION_FIRST_RESPONSE_BREACHED"), audited(silent));
        assertFalse(audited(onTime).contains("ESCALATION_FIRST_RESPONSE_BREACHED"), "acknowledged on the second");

        // 100 h: the silent one's decision is late; the one waiting for its reporter is not, long after 72 h.
        api.fixClockAt(t0.plus(Duration.ofHours(100)));
        parallel(3, () -> Integer.parseInt(api.controlOk("/api/test/r20/breaches/sweep", new Form())));
        assertEquals(List.of("ESCALATION_RECEIVED", "ESCALATION_FIRST_RESPONSE_BREACHED", "ESCALATION_DECISION_BREACHED"),
                audited(silent));
        assertFalse(audited(waiting).stream().anyMatch(a -> a.endsWith("_BREACHED")), audited(waiting).toString());

        // Answered at 100 h after 70 h of waiting: due at 142 h; on the second nothing, a second later the breach.
        api.postJsonOk("/api/v1/escalations/" + waiting + "/information", localToken, "{\"text\":\"Precinct 4\"}");
        api.fixClockAt(t0.plus(Duration.ofHours(142)));
        api.controlOk("/api/test/r20/breaches/sweep", new Form());
        assertFalse(audited(waiting).contains("ESCALATION_DECISION_BREACHED"));
        api.fixClockAt(t0.plus(Duration.ofHours(142)).plusSeconds(1));
        parallel(2, () -> Integer.parseInt(api.controlOk("/api/test/r20/breaches/sweep", new Form())));
        assertEquals(1, audited(waiting).stream().filter("ESCALATION_DECISION_BREACHED"::equals).count());

        // The specialists see them; the public figures of that week count the recorded breaches per size band.
        DeskSession desk = DeskSession.loggedIn(api.base(), specialist, PASSWORD);
        String queue = desk.get("/desk/escalations.xhtml").body();
        assertTrue(queue.contains("Breaches in the last 7 days"), "the desk lists recent breaches");
        assertTrue(queue.matches("(?s).*" + silent + "</span>: first response due .*"), "named with its kind");
        JsonObject localRow = row(t0, "LOCAL");
        assertEquals(1, localRow.getInt("firstResponseBreaches"));
        assertEquals(2, localRow.getInt("decisionBreaches"));
        assertEquals(0, row(t0, "NATIONAL").getInt("firstResponseBreaches"));
        try (Response csv = api.request("/api/v1/transparency/escalations", null).accept("text/csv").get()) {
            String text = csv.readEntity(String.class);
            assertTrue(text.startsWith("week,sizeBand,received,") && text.lines().findFirst().orElseThrow()
                    .endsWith(",firstResponseBreaches,decisionBreaches"), text);
            assertTrue(text.lines().anyMatch(l -> l.startsWith(isoWeek(t0) + ",LOCAL,2,") && l.endsWith(",1,2")), text);
        }
    }

    @Test
    void the_reporters_webhook_receives_every_status_change_signed_once_in_order_and_another_organisation_none()
            throws Exception {
        String ownSubscriber = api.controlOk("/api/test/r20/reporters/tokens", new Form().param("name", local)
                .param("scopes", "subscriptions:write"));
        String otherSubscriber = api.controlOk("/api/test/r20/reporters/tokens", new Form()
                .param("name", "National campaign " + suffix).param("scopes", "subscriptions:write"));
        try (WebhookReceiver own = new WebhookReceiver(0); WebhookReceiver other = new WebhookReceiver(0)) {
            JsonObject ownSubscription = subscribe(ownSubscriber, own.url());
            JsonObject otherSubscription = subscribe(otherSubscriber, other.url());
            String id = report(localToken, "it-fu-hook-" + suffix);
            step(id, "acknowledge", Map.of());
            step(id, "request-information", Map.of("question", "Which precincts?"));
            api.postJsonOk("/api/v1/escalations/" + id + "/information", localToken, "{\"text\":\"Precinct 4\"}");
            step(id, "decide", Map.of("action", "NO_VIOLATION", "rationale", "No call to intimidate voters."));

            own.await(r -> r.body().contains(id), 5, Duration.ofSeconds(90));
            Thread.sleep(3000); // time for a duplicate or a stray delivery to show up
            List<Received> got = own.received(r -> r.body().contains(id));
            assertEquals(List.of("RECEIVED", "ACKNOWLEDGED", "INFORMATION_REQUESTED", "INFORMATION_SUPPLIED", "DECIDED"),
                    got.stream().map(r -> Api.parse(r.body()).getString("status")).toList(), "each once, in order");
            assertEquals(5, got.stream().map(Received::messageId).distinct().count());
            String secret = ownSubscription.getString("secret");
            for (Received r : got) {
                assertEquals("v1=" + hmac(secret, r.timestamp() + "." + r.body()), r.signature());
                assertEquals("escalation.status", r.topic());
            }
            assertEquals("NO_VIOLATION", Api.parse(got.get(4).body()).getJsonObject("decision").getString("action"));
            assertTrue(other.received(r -> r.body().contains(id)).isEmpty(), "a reporter's escalations are private to it");
            unsubscribe(ownSubscriber, ownSubscription);
            unsubscribe(otherSubscriber, otherSubscription);
        }
    }

    @Test
    void a_public_form_shown_by_one_instance_is_accepted_by_another_reading_the_stored_key() {
        String ticket = api.request("/api/test/r20/form-ticket", null).accept(MediaType.TEXT_PLAIN).get(String.class);
        assertEquals("accepted", api.request("/api/test/r20/form-ticket/check?ticket=" + ticket, null)
                .accept(MediaType.TEXT_PLAIN).get(String.class));
        String forged = ticket.substring(0, ticket.indexOf('.') + 1) + "A".repeat(43);
        assertTrue(api.request("/api/test/r20/form-ticket/check?ticket=" + forged, null).accept(MediaType.TEXT_PLAIN)
                .get(String.class).contains("not shown by Veracity"));
    }

    // ---- helpers ----

    private String report(String token, String item) {
        try (Response r = api.postJson("/api/v1/escalations", token, "{\"items\":[\"" + item + "\"],\"policy\":\""
                + POLICY + "\",\"description\":\"A video recruiting an army for election day\"}")) {
            String body = r.readEntity(String.class);
            assertEquals(201, r.getStatus(), body);
            return Api.parse(body).getString("id");
        }
    }

    private Response answer(String id, String json) {
        return api.postJson("/api/v1/escalations/" + id + "/information", localToken, json);
    }

    private static void assertField(Response r, String field, String message) {
        try (r) {
            String body = r.readEntity(String.class);
            assertEquals(400, r.getStatus(), body);
            assertTrue(body.contains("\"field\":\"" + field + "\"") && body.contains(message), body);
        }
    }

    private void step(String id, String step, Map<String, String> params) {
        Form form = new Form().param("as", specialist);
        params.forEach(form::param);
        api.controlOk("/api/test/r20/escalations/" + id + "/" + step, form);
    }

    private String notices(String id) {
        return api.request("/api/test/r20/notices/" + id, null).accept(MediaType.TEXT_PLAIN).get(String.class);
    }

    private List<String> audited(String id) {
        return List.of(api.request("/api/test/r20/audit/" + id, null).accept(MediaType.TEXT_PLAIN).get(String.class)
                .split(","));
    }

    private <T> List<T> parallel(int n, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<T>> tasks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                tasks.add(task);
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private JsonObject subscribe(String token, String url) {
        try (Response r = api.postJson("/api/v1/subscriptions", token,
                "{\"url\":\"" + url + "\",\"topics\":[\"escalation.status\"]}")) {
            String body = r.readEntity(String.class);
            assertEquals(201, r.getStatus(), body);
            return Api.parse(body);
        }
    }

    private void unsubscribe(String token, JsonObject subscription) {
        try (Response r = api.request("/api/v1/subscriptions/" + subscription.getJsonNumber("id").longValue(), token)
                .delete()) {
            assertEquals(204, r.getStatus());
        }
    }

    private JsonObject row(Instant week, String band) {
        return api.getJsonOk("/api/v1/transparency/escalations", null).getJsonArray("rows").stream()
                .map(v -> v.asJsonObject()).filter(r -> r.getString("week").equals(isoWeek(week))
                        && r.getString("sizeBand").equals(band)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + band + " row for " + isoWeek(week)));
    }

    private static String isoWeek(Instant at) {
        var d = at.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        return String.format("%d-W%02d", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> all = new java.util.HashMap<>(fields);
        all.put(name, value);
        return all;
    }

    /** The text of the message element a p:message for this input renders, or "" when there is none. */
    private static String messageNextTo(String page, String inputId) {
        int at = page.indexOf("id=\"" + inputId + "\"");
        if (at < 0) {
            return "";
        }
        int next = page.indexOf("ui-message", at);
        return next < 0 ? "" : page.substring(next, Math.min(page.length(), next + 600));
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
