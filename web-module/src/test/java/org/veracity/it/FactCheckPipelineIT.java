package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veracity.domain.factcheck.Verdict;
import org.veracity.it.support.Api;
import org.veracity.it.support.Fixtures;
import org.veracity.it.support.VeracityIT;

/**
 * R4–R8 end to end over HTTP on Payara Micro: the popular-site exemption (the New York Post case),
 * user-content hosts and shorteners, overrides, partner claims under concurrency, ratings and
 * their effects, disputes and repeat offenders.
 */
class FactCheckPipelineIT extends VeracityIT {

    String integrator;
    String partner;

    @BeforeEach
    void connect() {
        integrator = api.token("content:write,content:read,signals:write,distribution:read", null);
        partner = "Partner " + UUID.randomUUID().toString().substring(0, 8);
        api.controlOk("/api/test/partners", new Form().param("name", partner).param("languages", "en")
                .param("regions", "US,GB"));
        api.controlOk("/api/test/exemption-list", new Form().param("hosts",
                "google.com,youtube.com,www.nypost.com,nytimes.com,facebook.com,news.bbc.co.uk"));
    }

    @Test
    void the_new_york_post_story_is_enqueued_but_not_demoted_until_a_specialist_overrides_the_item() {
        String id = predicted("https://nypost.com/2020/10/14/hunter-biden-emails-" + UUID.randomUUID());
        JsonObject item = api.getJsonOk("/api/v1/content/" + id, integrator);
        assertEquals("QUEUED", item.getJsonObject("queue").getString("status"));
        assertEquals(1.0, multiplier(id), "an exempt publisher keeps full distribution while waiting");
        assertTrue(actions(item).contains("NOT_DEMOTED_EXEMPT"), actions(item).toString());
        assertTrue(item.getString("exemption").contains("nypost.com is on the popular-site exemption list"));

        api.controlOk("/api/test/demote-anyway", new Form().param("contentId", id)
                .param("reason", "the story's sourcing is disputed by several outlets"));
        assertEquals(0.5, multiplier(id), "the specialist applied the temporary demotion anyway");
    }

    @Test
    void hosts_of_user_content_are_never_exempt_whatever_their_rank() {
        String id = predicted("https://www.youtube.com/watch?v=" + UUID.randomUUID());
        assertEquals(0.5, multiplier(id));
        assertTrue(api.getJsonOk("/api/v1/content/" + id, integrator).getString("exemption")
                .contains("hosts user content"));
    }

    @Test
    void a_shortened_link_is_judged_by_where_it_leads() {
        String id = "it-short-" + UUID.randomUUID();
        api.postJsonOk("/api/v1/content", integrator, Fixtures.items(Fixtures.content(id).url("https://bit.ly/3xYz")
                .resolvedUrl("https://nypost.com/2020/10/14/story").text("Shortened").author("a-" + id, "PERSON")
                .region("US").language("en").postedAt(Instant.now().minusSeconds(3600)).views(10000).shares(10)));
        predict(id);
        assertEquals(1.0, multiplier(id));
        assertEquals("nypost.com", api.getJsonOk("/api/v1/content/" + id, integrator).getString("domain"));
    }

    @Test
    void a_force_not_exempt_override_survives_a_rebuild_of_the_list() {
        String domain = "override-" + UUID.randomUUID().toString().substring(0, 8) + ".com";
        api.controlOk("/api/test/exemption-overrides", new Form().param("domain", domain)
                .param("mode", "FORCE_NOT_EXEMPT").param("reason", "publishes fabricated interviews"));
        api.controlOk("/api/test/exemption-list", new Form().param("hosts", "google.com," + domain));
        String id = predicted("https://" + domain + "/story");
        assertEquals(0.5, multiplier(id));
        assertTrue(api.getJsonOk("/api/v1/content/" + id, integrator).getString("exemption").contains("force-not-exempt"));
    }

    @Test
    void sixteen_fact_checkers_claiming_one_item_at_once_give_exactly_one_lease() throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            tokens.add(api.partnerToken(partner));
        }
        for (int round = 0; round < 5; round++) {
            String id = predicted("https://small-site-" + round + ".example/" + UUID.randomUUID());
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<Integer>> outcomes = new ArrayList<>();
            for (String t : tokens) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try (Response r = api.request("/api/v1/factcheck/queue/" + id + "/claim", t).post(Entity.json("{}"))) {
                        return r.getStatus();
                    }
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : outcomes) {
                statuses.add(f.get(60, TimeUnit.SECONDS));
            }
            pool.shutdown();
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "round " + round + ": " + statuses);
            assertEquals(15, statuses.stream().filter(s -> s == 409).count(), "round " + round + ": " + statuses);
        }
    }

    @Test
    void a_lapsed_lease_returns_the_item_to_the_queue() {
        String first = api.partnerToken(partner);
        String second = api.partnerToken(partner);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        api.fixClockAt(now);
        String id = predicted("https://lease.example/" + UUID.randomUUID());
        assertEquals(200, claim(id, first));
        assertEquals(409, claim(id, second));
        api.fixClockAt(now.plus(Duration.ofHours(2)).minusSeconds(1));
        assertEquals(409, claim(id, second), "the two-hour lease still holds one second before it lapses");
        api.fixClockAt(now.plus(Duration.ofHours(2)));
        assertEquals(200, claim(id, second));
    }

    @Test
    void a_false_rating_replaces_the_temporary_demotion_labels_the_item_and_rejects_ads() {
        String checker = api.partnerToken(partner);
        String id = predicted("https://rated.example/" + UUID.randomUUID());
        assertEquals(0.5, multiplier(id));
        assertEquals(200, claim(id, checker));
        rate(id, checker, "FALSE");

        JsonObject answer = distribution(id);
        assertEquals(0.2, answer.getJsonNumber("multiplier").doubleValue(), 1e-9);
        assertFalse(answer.getBoolean("adsAllowed"));
        JsonObject label = answer.getJsonArray("labels").getJsonObject(0);
        assertEquals("WARNING", label.getString("kind"));
        assertEquals("https://factcheck.example/" + id, label.getString("url"));
        JsonObject item = api.getJsonOk("/api/v1/content/" + id, integrator);
        assertEquals("RATED", item.getJsonObject("queue").getString("status"));
        assertTrue(actions(item).containsAll(List.of("CLAIMED", "RATED", "DEMOTION_LIFTED", "DEMOTED", "LABELLED")));
    }

    @Test
    void rating_without_holding_the_item_is_refused_with_409_and_a_bad_rating_with_field_errors() {
        String checker = api.partnerToken(partner);
        String id = predicted("https://unclaimed.example/" + UUID.randomUUID());
        try (Response r = api.postJson("/api/v1/factcheck/queue/" + id + "/rating", checker, ratingBody(id, "FALSE"))) {
            assertEquals(409, r.getStatus());
        }
        assertEquals(200, claim(id, checker));
        try (Response r = api.postJson("/api/v1/factcheck/queue/" + id + "/rating", checker,
                Fixtures.rating(Verdict.FALSE, "", "not a url", "s"))) {
            assertEquals(400, r.getStatus());
            JsonArray errors = Api.parse(r.readEntity(String.class)).getJsonArray("errors");
            assertEquals(List.of("articleUrl", "claim"), errors.getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getString("field")).toList());
        }
    }

    @Test
    void a_true_rating_lifts_the_temporary_demotion() {
        String checker = api.partnerToken(partner);
        String id = predicted("https://true.example/" + UUID.randomUUID());
        claim(id, checker);
        rate(id, checker, "TRUE");
        assertEquals(1.0, multiplier(id));
        assertTrue(distribution(id).getBoolean("adsAllowed"));
    }

    @Test
    void a_partner_sees_only_items_in_its_languages_and_regions() {
        String other = "Partner DE " + UUID.randomUUID().toString().substring(0, 6);
        api.controlOk("/api/test/partners", new Form().param("name", other).param("languages", "de")
                .param("regions", "DE"));
        // A region of its own, served by a partner of its own: that partner's queue holds this item whatever other
        // tests left in the queue of US items.
        String region = Fixtures.freshRegion();
        String local = "Partner " + region + " " + UUID.randomUUID().toString().substring(0, 6);
        api.controlOk("/api/test/partners", new Form().param("name", local).param("languages", "en")
                .param("regions", region));
        String id = Fixtures.predicted(api, integrator, Fixtures.claim("it-" + UUID.randomUUID(), 10_000,
                Instant.now().minusSeconds(3600)).url("https://lang.example/" + UUID.randomUUID()).region(region));
        String german = api.partnerToken(other);
        assertEquals(403, claim(id, german));
        JsonObject queue = api.getJsonOk("/api/v1/factcheck/queue?limit=500", german);
        assertTrue(queue.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .noneMatch(e -> e.getString("id").equals(id)));
        JsonObject own = api.getJsonOk("/api/v1/factcheck/queue?limit=500", api.partnerToken(local));
        assertTrue(own.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("id").equals(id)));
    }

    @Test
    void two_false_ratings_make_the_author_a_repeat_offender_for_all_their_content() {
        String checker = api.partnerToken(partner);
        String author = "repeat-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 2; i++) {
            String id = predicted("https://offender.example/" + UUID.randomUUID(), author);
            claim(id, checker);
            rate(id, checker, "FALSE");
        }
        String unrated = "it-" + UUID.randomUUID();
        api.postJsonOk("/api/v1/content", integrator, Fixtures.items(Fixtures.claim(unrated, 1000,
                Instant.now().minusSeconds(60)).url("https://elsewhere.example/x").author(author, "PERSON")));
        JsonObject answer = distribution(unrated);
        assertEquals(0.5, answer.getJsonNumber("multiplier").doubleValue(), 1e-9);
        assertFalse(answer.getBoolean("adsAllowed"));
    }

    @Test
    void a_disputed_rating_changed_by_its_organisation_keeps_the_history_and_applies_the_new_effects() {
        String checker = api.partnerToken(partner);
        String id = predicted("https://disputed.example/" + UUID.randomUUID());
        claim(id, checker);
        long ratingId = rate(id, checker, "FALSE");
        JsonObject dispute = api.postJsonOk("/api/v1/factcheck/ratings/" + ratingId + "/disputes", integrator,
                Json.createObjectBuilder().add("publisher", "page-disputed")
                        .add("statement", "The quote is accurate; here is the recording.").build());
        api.controlOk("/api/test/disputes/" + dispute.getJsonNumber("disputeId").longValue() + "/change",
                new Form().param("partner", partner).param("rating", "MISSING_CONTEXT"));

        assertEquals(1.0, multiplier(id), "the FALSE demotion was lifted; missing context only labels");
        JsonObject answer = distribution(id);
        assertTrue(answer.getBoolean("adsAllowed"));
        assertEquals("CONTEXT", answer.getJsonArray("labels").getJsonObject(0).getString("kind"));
        JsonArray ratings = api.getJsonOk("/api/v1/content/" + id, integrator).getJsonArray("ratings");
        assertEquals(2, ratings.size());
        assertEquals("FALSE", ratings.getJsonObject(0).getString("rating"));
        assertEquals("CHANGED", ratings.getJsonObject(0).getJsonArray("disputes").getJsonObject(0).getString("status"));
        assertEquals("MISSING_CONTEXT", ratings.getJsonObject(1).getString("rating"));
    }

    @Test
    void manual_enqueue_is_refused_naming_each_missing_criterion_and_works_with_all_three() {
        String politician = "it-pol-" + UUID.randomUUID();
        api.postJsonOk("/api/v1/content", integrator, Fixtures.items(Fixtures.content(politician).text("x")
                .author("senator", "POLITICIAN").postedAt(Instant.now().minusSeconds(60))));
        try (Response r = api.controlResponse("/api/test/manual-enqueue", new Form().param("contentId", politician)
                .param("withDemotion", "true").param("note", "escalated by the election desk today"))) {
            assertEquals(422, r.getStatus());
            List<String> fields = Api.parse(r.readEntity(String.class)).getJsonArray("errors")
                    .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
            assertEquals(List.of("contentId", "issueId", "externalSignal"), fields);
        }
        String eligible = "it-man-" + UUID.randomUUID();
        api.postJsonOk("/api/v1/content", integrator, Fixtures.items(Fixtures.claim(eligible, 1000,
                Instant.now().minusSeconds(60))));
        api.controlOk("/api/test/manual-enqueue", new Form().param("contentId", eligible).param("withDemotion", "true")
                .param("issue", "Test election " + partner).param("externalSignal", "https://partner.example/report/1")
                .param("note", "escalated by the election desk today"));
        JsonObject item = api.getJsonOk("/api/v1/content/" + eligible, integrator);
        assertEquals("MANUAL", item.getJsonObject("queue").getString("route"));
        assertTrue(item.getJsonObject("queue").getString("evidence").contains("partner.example/report/1"));
        assertEquals(0.5, multiplier(eligible));
    }

    private String predicted(String url) {
        return predicted(url, null);
    }

    private String predicted(String url, String author) {
        String id = "it-" + UUID.randomUUID();
        return Fixtures.predicted(api, integrator, Fixtures.claim(id, 10_000, Instant.now().minusSeconds(3600)).url(url)
                .author(author == null ? "author-" + id : author, "PERSON"));
    }

    private void predict(String id) {
        api.postJsonOk("/api/v1/signals", integrator, Fixtures.signals(Fixtures.signal(id + "-x", id, "EXTERNAL_FALSITY",
                3, Instant.now())));
    }

    private int claim(String id, String token) {
        try (Response r = api.request("/api/v1/factcheck/queue/" + id + "/claim", token).post(Entity.json("{}"))) {
            return r.getStatus();
        }
    }

    private long rate(String id, String token, String rating) {
        return api.postJsonOk("/api/v1/factcheck/queue/" + id + "/rating", token, ratingBody(id, rating))
                .getJsonNumber("ratingId").longValue();
    }

    private static JsonObject ratingBody(String id, String rating) {
        return Fixtures.rating(Verdict.valueOf(rating), "The claim of " + id, "https://factcheck.example/" + id,
                "What the evidence shows.");
    }

    private JsonObject distribution(String id) {
        return api.postJsonOk("/api/v1/distribution", integrator, Fixtures.distributionOf(id)).getJsonArray("items")
                .getJsonObject(0);
    }

    private double multiplier(String id) {
        return distribution(id).getJsonNumber("multiplier").doubleValue();
    }

    private static List<String> actions(JsonObject item) {
        return item.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
    }
}
