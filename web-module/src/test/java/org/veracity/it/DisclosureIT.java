package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.DeskSession;
import org.veracity.it.support.VeracityIT;

/**
 * R17 and R19 end to end over HTTP on Payara Micro, with the seed's story (seeds/001): a campaign registers its
 * paid "digital organizers", they post near-identical supportive messages without saying who paid, the platform
 * asks them to disclose and removes what stays silent; ordinary people mentioning the candidate are left alone.
 * Then political ads: a banning region, and a missing "paid for by".
 */
class DisclosureIT extends VeracityIT {

    private static final String PASSWORD = "a-long-test-password";
    private static final Instant AD_TIME = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(5));

    String integrator;
    String suffix;

    @BeforeEach
    void connect() {
        integrator = api.token("content:write,content:read,distribution:read,sponsorships:write", null);
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_campaigns_paid_posters_are_asked_to_disclose_ten_do_and_the_silent_fifteen_are_removed_exactly_once() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        api.fixClockAt(t0);
        String candidate = "Dana Whitfield " + suffix;
        String paidForBy = "Whitfield for America " + suffix;
        List<String> posters = IntStream.rangeClosed(1, 30).mapToObj(i -> "organizer-" + suffix + "-" + i).toList();

        // One organizer posted before the registration arrived: asked retroactively.
        String early = "it-dis-early-" + suffix;
        assertEquals("ACCEPTED", submit(post(early, posters.get(29), "Proud to support " + candidate + "!",
                t0.minus(Duration.ofHours(3)), null)).getString("status"));
        assertTrue(reasons(distribution(early)).isEmpty(), "no relationship recorded yet: no request");

        JsonObject sponsorship = register(candidate, paidForBy, posters, t0.minus(Duration.ofDays(30)));
        assertEquals(1, sponsorship.getInt("requestsOpened"), sponsorship.toString());
        assertEquals(30, sponsorship.getJsonArray("accounts").size());
        assertTrue(reasons(distribution(early)).stream().anyMatch(r -> r.startsWith("disclosure requested")));

        // 25 of them post near-identical supportive messages within 40 minutes, no disclosure.
        List<String> ids = new ArrayList<>();
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            String id = "it-dis-post-" + suffix + "-" + i;
            ids.add(id);
            String text = (i % 2 == 0 ? "Vote " : "VOTE ") + candidate.toUpperCase() + " — she gets it done" + "!".repeat(1 + i % 3);
            batch.append(i == 0 ? "" : ",").append(post(id, posters.get(i), text,
                    t0.minus(Duration.ofMinutes(40)).plusSeconds(i * 96L), null));
        }
        List<JsonObject> results = api.postJsonOk("/api/v1/content", integrator, "{\"items\":[" + batch + "]}")
                .getJsonArray("results").getValuesAs(JsonObject.class);
        results.forEach(r -> assertEquals("ACCEPTED", r.getString("status"), r.toString()));
        Instant deadline = t0.plus(Duration.ofDays(7));
        for (String id : ids) {
            JsonObject answer = distribution(id);
            assertEquals(1.0, answer.getJsonNumber("multiplier").doubleValue());
            assertTrue(reasons(answer).stream().anyMatch(r -> r.startsWith("disclosure requested: add \"Paid for by "
                    + paidForBy + "\" by " + deadline)), answer.toString());
        }
        JsonObject detail = api.getJsonOk("/api/v1/content/" + ids.get(0), integrator);
        assertTrue(detail.getJsonObject("distribution").toString().contains("by " + deadline), "the integrator's view");
        assertEquals(1, events(ids.get(0), "DISCLOSURE_REQUESTED"));

        // No assumption: an unrelated account mentioning the candidate, and a paid poster's unrelated post.
        String fan = "it-dis-fan-" + suffix;
        String weather = "it-dis-weather-" + suffix;
        submit(post(fan, "just-a-voter-" + suffix, "Vote " + candidate + " — she gets it done!", t0, null));
        submit(post(weather, posters.get(26), "Lovely weather in Denver today", t0, null));
        for (String id : List.of(fan, weather)) {
            JsonObject answer = distribution(id);
            assertEquals(1.0, answer.getJsonNumber("multiplier").doubleValue());
            assertTrue(reasons(answer).isEmpty(), answer.toString());
            assertEquals(0, events(id, "DISCLOSURE_REQUESTED"), id);
        }

        // The pre-publication check of a paid poster's next post.
        JsonObject check = api.postJsonOk("/api/v1/prepublish-check", integrator,
                post("", posters.get(27), "Tomorrow I vote for " + candidate, t0, null));
        assertEquals("NEEDS_DISCLOSURE", check.getString("decision"), check.toString());
        assertTrue(check.getJsonArray("reasons").getString(0).contains("Paid for by " + paidForBy), check.toString());
        assertEquals("OK", api.postJsonOk("/api/v1/prepublish-check", integrator,
                post("", posters.get(27), "Tomorrow I vote for " + candidate, t0, paidForBy)).getString("decision"));

        // Ten disclose: the integrator re-sends them with the sponsor set.
        api.fixClockAt(t0.plus(Duration.ofDays(3)));
        StringBuilder resend = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            resend.append(i == 0 ? "" : ",").append(post(ids.get(i), posters.get(i), "Vote " + candidate,
                    t0.minus(Duration.ofMinutes(40)).plusSeconds(i * 96L), paidForBy));
        }
        api.postJsonOk("/api/v1/content", integrator, "{\"items\":[" + resend + "]}").getJsonArray("results")
                .getValuesAs(JsonObject.class).forEach(r -> {
                    assertEquals("ACCEPTED", r.getString("status"), r.toString());
                    assertTrue(r.getString("reason").contains("disclosure recorded"), r.toString());
                });
        for (int i = 0; i < 10; i++) {
            JsonObject answer = distribution(ids.get(i));
            assertTrue(answer.getJsonArray("labels").getValuesAs(JsonObject.class).stream()
                    .anyMatch(l -> l.getString("text").equals("Paid for by " + paidForBy)), answer.toString());
            assertTrue(reasons(answer).stream().noneMatch(r -> r.startsWith("disclosure requested")), answer.toString());
        }
        JsonObject again = submit(post(ids.get(0), posters.get(0), "Vote", t0, paidForBy));
        assertEquals("DUPLICATE", again.getString("status"), "a second re-send changes nothing");

        // One second before the deadline the silent posts still circulate; at the deadline they answer removed,
        // before any job has run.
        api.fixClockAt(deadline.minusSeconds(1));
        assertEquals(1.0, distribution(ids.get(10)).getJsonNumber("multiplier").doubleValue());
        api.fixClockAt(deadline);
        JsonObject removed = distribution(ids.get(10));
        assertEquals(0.0, removed.getJsonNumber("multiplier").doubleValue(), removed.toString());
        assertTrue(reasons(removed).get(0).startsWith("REMOVED: no sponsorship disclosure"), removed.toString());
        assertTrue(reasons(removed).get(0).endsWith("(sponsorship-disclosure@v1)"), removed.toString());
        assertEquals(1.0, distribution(ids.get(0)).getJsonNumber("multiplier").doubleValue(), "disclosed stays");

        // The nightly job, twice at the same moment: each silent post removed once, citing the policy version.
        api.fixClockAt(deadline.plus(Duration.ofHours(1)));
        long first = startJob();
        long second = startJob();
        int removedByRuns = removedCount(awaitEnd(first)) + removedCount(awaitEnd(second));
        List<String> silent = new ArrayList<>(ids.subList(10, 25));
        silent.add(early);
        assertTrue(removedByRuns >= silent.size(), "removed " + removedByRuns);
        for (String id : silent) {
            JsonObject item = api.getJsonOk("/api/v1/content/" + id, integrator);
            assertEquals("REMOVED", item.getString("status"), id);
            assertEquals(1, events(id, "DISCLOSURE_DEADLINE_REMOVED"), "removed exactly once: " + id);
        }
        for (String id : ids.subList(0, 10)) {
            assertEquals("ACTIVE", api.getJsonOk("/api/v1/content/" + id, integrator).getString("status"), id);
            assertEquals(0, events(id, "DISCLOSURE_DEADLINE_REMOVED"), id);
        }
        String third = awaitEnd(startJob());
        assertTrue(third.startsWith("COMPLETED|removed 0, 0 left"), third);
        silent.forEach(id -> assertEquals(1, events(id, "DISCLOSURE_DEADLINE_REMOVED"), "nothing twice: " + id));
        JsonObject after = distribution(ids.get(10));
        assertEquals(0.0, after.getJsonNumber("multiplier").doubleValue());
        assertTrue(reasons(after).get(0).endsWith("(sponsorship-disclosure@v1)"), after.toString());
    }

    @Test
    void a_specialist_records_a_disclosure_and_a_coordination_case_can_turn_into_requests_only_for_registered_posters() {
        String specialist = "spec-" + suffix;
        api.createUser(specialist, PASSWORD, "SPECIALIST");
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        api.fixClockAt(t0);
        String poster = "poster-" + suffix;
        register("Brand " + suffix, "Brand Co " + suffix, List.of(poster), t0.minus(Duration.ofDays(1)));
        String promoting = "it-dis-brand-" + suffix;
        String other = "it-dis-other-" + suffix;
        String stranger = "it-dis-stranger-" + suffix;
        submit(post(promoting, poster, "Love my Brand " + suffix + " sneakers", t0, null));
        submit(post(other, poster, "Great game last night", t0, null));
        submit(post(stranger, "stranger-" + suffix, "Great game last night", t0, null));
        String asked = api.controlOk("/api/test/r17/disclosure-requests", new Form().param("as", specialist)
                .param("itemIds", other + "|" + stranger + "|" + promoting).param("reason", "coordination case 7"));
        assertEquals(other, asked, "only the registered poster's post without a request yet");
        Instant deadline = t0.plus(Duration.ofDays(7));
        DeskSession desk = DeskSession.loggedIn(api.base(), specialist, PASSWORD);
        String page = desk.get("/desk/item.xhtml?id=" + other).body();
        assertTrue(page.contains("<strong id=\"disclosure-deadline\">" + deadline + "</strong>"), page);
        assertTrue(page.contains("Record the disclosure"), "a specialist may record it");
        String list = desk.get("/desk/sponsorships.xhtml").body();
        assertTrue(list.contains(other) && list.contains("Paid for by Brand Co " + suffix), "the desk's list of requests");

        api.controlOk("/api/test/r17/disclosures", new Form().param("as", specialist).param("itemId", promoting));
        JsonObject answer = distribution(promoting);
        assertTrue(answer.getJsonArray("labels").getValuesAs(JsonObject.class).stream()
                .anyMatch(l -> l.getString("text").equals("Paid for by Brand Co " + suffix)), answer.toString());
        assertEquals(1, events(promoting, "DISCLOSURE_RECORDED"));
    }

    @Test
    void sponsorships_refuse_missing_fields_with_problem_details_and_need_their_scope() {
        try (Response r = api.postJson("/api/v1/sponsorships", integrator,
                "{\"sponsor\":\"\",\"paidForBy\":\"X\",\"mentions\":[],\"accounts\":[\"a\"],\"from\":\"yesterday\"}")) {
            assertEquals(400, r.getStatus());
            assertEquals("application/problem+json", r.getMediaType().toString().split(";")[0]);
            String body = r.readEntity(String.class);
            assertTrue(body.contains("\"field\":\"from\""), body);
        }
        try (Response r = api.postJson("/api/v1/sponsorships", integrator,
                "{\"sponsor\":\"\",\"paidForBy\":\"X\",\"mentions\":[],\"accounts\":[\"a\"],\"from\":\"2020-01-01T00:00:00Z\"}")) {
            assertEquals(400, r.getStatus());
            String body = r.readEntity(String.class);
            for (String field : List.of("sponsor", "mentions", "evidence")) {
                assertTrue(body.contains(field), field + " in " + body);
            }
        }
        String readOnly = api.token("content:read", null);
        try (Response r = api.postJson("/api/v1/sponsorships", readOnly, "{}")) {
            assertEquals(403, r.getStatus());
        }
    }

    @Test
    void a_political_ad_is_rejected_in_a_banning_region_and_without_paid_for_by_elsewhere_and_the_library_lists_them() {
        String lead = "lead-" + suffix;
        api.createUser(lead, PASSWORD, "POLICY_LEAD");
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        api.fixClockAt(t0);
        api.controlOk("/api/test/r17/political-ad-bans", new Form().param("as", lead).param("region", "NZ")
                .param("reason", "no political ads in the election period " + suffix));

        String banned = "it-ad-nz-" + suffix;
        JsonObject nz = submit(ad(banned, "campaign-" + suffix, "NZ", "Vote Team " + suffix, "Team " + suffix));
        assertEquals("REJECTED", nz.getString("status"), nz.toString());
        assertTrue(nz.getString("reason").contains("political ads are banned in NZ"), nz.toString());
        assertTrue(nz.getString("reason").endsWith("(political-ads@v1)"), nz.toString());

        String undisclosed = "it-ad-us-" + suffix;
        JsonObject us = submit(ad(undisclosed, "campaign-" + suffix, "US", "Vote Team " + suffix, null));
        assertEquals("REJECTED", us.getString("status"), us.toString());
        assertTrue(us.getString("reason").contains("\"paid for by\""), us.toString());

        String running = "it-ad-ok-" + suffix;
        assertEquals("ACCEPTED", submit(ad(running, "campaign-" + suffix, "US", "Vote Team " + suffix,
                "Team " + suffix + " PAC")).getString("status"));
        JsonObject checked = api.postJsonOk("/api/v1/prepublish-check", integrator,
                ad("", "campaign-" + suffix, "US", "Vote Team " + suffix, null));
        assertEquals("NEEDS_DISCLOSURE", checked.getString("decision"), checked.toString());

        List<JsonObject> library = api.getJsonOk("/api/v1/transparency/political-ads", null).getJsonArray("ads")
                .getValuesAs(JsonObject.class);
        JsonObject bannedRow = row(library, banned);
        assertEquals("REJECTED", bannedRow.getString("status"));
        assertTrue(bannedRow.getString("reason").contains("banned in NZ"));
        assertEquals("NZ", bannedRow.getString("region"));
        assertEquals(5000, bannedRow.getJsonNumber("reach").longValue());
        assertEquals("REJECTED", row(library, undisclosed).getString("status"));
        JsonObject runningRow = row(library, running);
        assertEquals("RUNNING", runningRow.getString("status"));
        assertEquals("Team " + suffix + " PAC", runningRow.getString("paidForBy"));
        assertEquals("campaign-" + suffix, runningRow.getString("advertiser"));

        try (Response r = api.request("/api/v1/transparency/political-ads", null).accept("text/csv").get()) {
            assertEquals(200, r.getStatus());
            String csv = r.readEntity(String.class);
            assertTrue(csv.startsWith("id,advertiser,advertiserKind,paidForBy,region,postedAt,until,reach,status,reason,text"), csv);
            assertTrue(csv.lines().anyMatch(l -> l.startsWith(banned + ",campaign-" + suffix + ",CAMPAIGN,Team " + suffix
                    + ",NZ,") && l.contains(",REJECTED,")), csv);
        }
    }

    @Test
    void a_post_arriving_while_its_sponsorship_is_recorded_gets_exactly_one_request() throws Exception {
        // Each round records a sponsorship and sends its paid poster's post at the same moment, three rounds at once:
        // whichever commits first, the post must end with one request (asked at intake or retroactively).
        int rounds = 30;
        Instant postedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(1));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<String> ids = new ArrayList<>();
        try {
            for (int wave = 0; wave < rounds; wave += 3) {
                java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<?>> calls = new ArrayList<>();
                for (int round = wave; round < wave + 3; round++) {
                    String candidate = "Rory Vance " + suffix + " " + round;
                    String poster = "race-poster-" + suffix + "-" + round;
                    String id = "it-dis-race-" + suffix + "-" + round;
                    ids.add(id);
                    calls.add(pool.submit(() -> {
                        go.await();
                        return register(candidate, "Vance Committee " + suffix, List.of(poster),
                                postedAt.minus(Duration.ofDays(1)));
                    }));
                    calls.add(pool.submit(() -> {
                        go.await();
                        assertEquals("ACCEPTED", submit(post(id, poster, "Proud to stand with " + candidate + " today",
                                postedAt, null)).getString("status"));
                        return null;
                    }));
                }
                go.countDown();
                for (java.util.concurrent.Future<?> call : calls) {
                    call.get(2, java.util.concurrent.TimeUnit.MINUTES);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        for (String id : ids) {
            assertEquals(1, events(id, "DISCLOSURE_REQUESTED"), id + " has exactly one disclosure request");
            assertTrue(reasons(distribution(id)).stream().anyMatch(r -> r.startsWith("disclosure requested")), id);
        }
    }

    private JsonObject row(List<JsonObject> library, String id) {
        return library.stream().filter(a -> a.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in the library"));
    }

    private JsonObject register(String candidate, String paidForBy, List<String> accounts, Instant from) {
        String json = "{\"sponsor\":\"" + candidate + " campaign\",\"paidForBy\":\"" + paidForBy + "\",\"mentions\":[\""
                + candidate + "\"],\"accounts\":[" + accounts.stream().map(a -> "\"" + a + "\"")
                .collect(Collectors.joining(",")) + "],\"from\":\"" + from + "\",\"evidence\":\"the campaign's own "
                + "registration of its paid posters\"}";
        try (Response r = api.postJson("/api/v1/sponsorships", integrator, json)) {
            String body = r.readEntity(String.class);
            assertEquals(201, r.getStatus(), body);
            return jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
        }
    }

    private JsonObject submit(String item) {
        List<JsonObject> results = api.postJsonOk("/api/v1/content", integrator, "{\"items\":[" + item + "]}")
                .getJsonArray("results").getValuesAs(JsonObject.class);
        assertEquals(1, results.size());
        return results.get(0);
    }

    private JsonObject distribution(String id) {
        return api.postJsonOk("/api/v1/distribution", integrator, "{\"ids\":[\"" + id + "\"]}")
                .getJsonArray("items").getJsonObject(0);
    }

    private static List<String> reasons(JsonObject answer) {
        return answer.getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private long events(String id, String action) {
        return api.getJsonOk("/api/v1/content/" + id, integrator).getJsonArray("history").getValuesAs(JsonObject.class)
                .stream().filter(h -> h.getString("action").equals(action)).count();
    }

    private static String post(String id, String author, String text, Instant postedAt, String sponsor) {
        return "{" + (id.isEmpty() ? "" : "\"id\":\"" + id + "\",") + "\"text\":\"" + text.replace("\"", "\\\"")
                + "\",\"authorId\":\"" + author + "\",\"authorKind\":\"PERSON\",\"region\":\"US\",\"language\":\"en\","
                + "\"postedAt\":\"" + postedAt + "\",\"views\":100,\"shares\":1,\"ad\":false"
                + (sponsor == null ? "" : ",\"sponsor\":\"" + sponsor + "\"") + "}";
    }

    private static String ad(String id, String author, String region, String text, String sponsor) {
        return "{" + (id.isEmpty() ? "" : "\"id\":\"" + id + "\",") + "\"text\":\"" + text + "\",\"authorId\":\""
                + author + "\",\"authorKind\":\"CAMPAIGN\",\"region\":\"" + region + "\",\"language\":\"en\","
                + "\"postedAt\":\"" + AD_TIME + "\",\"views\":5000,\"shares\":0,"
                + "\"ad\":true" + (sponsor == null ? "" : ",\"sponsor\":\"" + sponsor + "\"") + "}";
    }

    private long startJob() {
        return Long.parseLong(api.controlOk("/api/test/jobs/enforce-disclosure-deadlines/start", new Form()));
    }

    private static int removedCount(String run) {
        Matcher m = Pattern.compile("COMPLETED\\|removed (\\d+), .*", Pattern.DOTALL).matcher(run);
        assertTrue(m.matches(), run);
        return Integer.parseInt(m.group(1));
    }

    private String awaitEnd(long executionId) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            String run;
            try (Response r = api.request("/api/test/jobs/executions/" + executionId, null).accept(MediaType.TEXT_PLAIN)
                    .get()) {
                run = r.readEntity(String.class);
            }
            if (run.matches("(?s)(COMPLETED|FAILED|STOPPED|ABANDONED)\\|.*")) {
                return run;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
        throw new AssertionError("execution " + executionId + " did not end within two minutes");
    }
}
