package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.Api;
import org.veracity.it.support.VeracityIT;

/**
 * R12-R15 on Payara Micro: outright removals and who may make them, the dated exceptions, topic
 * hoax policies, inform labels, policy versions that never reach earlier posts, and what the
 * ranking system and the pre-publication check are told.
 */
class EnforcementIT extends VeracityIT {

    String integrator;

    @BeforeEach
    void connect() {
        integrator = api.token("content:write,content:read,distribution:read", null);
    }

    @Test
    void a_moderator_removes_voter_interference_and_the_ranking_system_is_told_why() {
        String id = post("US", "2020-10-28T09:00:00Z");
        assertEquals(200, enforce("removal", form("MODERATOR", id).param("category", "VOTER_INTERFERENCE")
                .param("reason", "wrong voting day by party")).getStatus());
        JsonObject answer = distribution(id);
        assertEquals(0.0, answer.getJsonNumber("multiplier").doubleValue());
        assertFalse(answer.getBoolean("recommendable"));
        assertEquals("REMOVED: wrong voting day by party (voter-interference@v1)", answer.getJsonArray("reasons").getString(0));
        JsonObject removal = historyEntry(id, "REMOVED");
        assertEquals("voter-interference@v1", removal.getString("policyVersion"));
        assertEquals("test-moderator", removal.getString("actor"));
        assertEquals(409, enforce("removal", form("SPECIALIST", id).param("category", "MANIPULATED_MEDIA")
                .param("reason", "again")).getStatus(), "a removal is final");
    }

    @Test
    void imminent_harm_is_a_specialists_call_unless_a_designated_exception_covers_the_item() {
        String plain = post("US", "2020-10-28T09:00:00Z");
        JsonObject refused = problem(enforce("removal", form("MODERATOR", plain).param("category", "IMMINENT_HARM")
                .param("reason", "calls to burn masts")), 422);
        assertTrue(fieldMessage(refused, "exception").contains("specialist's call"), refused.toString());

        String pakistan = post("PK", "2020-06-11T08:00:00Z");
        assertEquals(200, enforce("removal", form("MODERATOR", pakistan).param("category", "IMMINENT_HARM")
                .param("exception", "polio-pk-af").param("reason", "chase the vaccinators")).getStatus());
        assertTrue(historyEntry(pakistan, "REMOVED").getString("reason").contains("Polio misinformation in Pakistan"));

        String nigeria = post("NG", "2020-06-11T08:00:00Z");
        JsonObject wrongRegion = problem(enforce("removal", form("MODERATOR", nigeria).param("category", "IMMINENT_HARM")
                .param("exception", "polio-pk-af").param("reason", "chase the vaccinators")), 422);
        assertTrue(fieldMessage(wrongRegion, "exception").contains("applies only in PK, AF; this item's region is NG"));
        assertEquals(1.0, distribution(nigeria).getJsonNumber("multiplier").doubleValue(), "nothing was written");

        api.fixClockAt(Instant.parse("2020-02-15T00:00:00Z"));
        String early = post("BR", "2020-02-14T08:00:00Z");
        JsonObject notYet = problem(enforce("removal", form("MODERATOR", early).param("category", "IMMINENT_HARM")
                .param("exception", "covid-19").param("reason", "fake cure")), 422);
        assertTrue(fieldMessage(notYet, "exception").contains("not in effect"), notYet.toString());
        api.resetClock();

        assertEquals(200, enforce("removal", form("SPECIALIST", nigeria).param("category", "IMMINENT_HARM")
                .param("reason", "chase the vaccinators")).getStatus(), "specialists need no exception");
        assertEquals(0.0, distribution(nigeria).getJsonNumber("multiplier").doubleValue());
    }

    @Test
    void policy_leads_designate_and_end_exceptions_and_moderators_follow_them_at_once() {
        String code = "measles-" + UUID.randomUUID().toString().substring(0, 6);
        Form exception = new Form().param("code", code).param("name", "Measles misinformation in Samoa")
                .param("regions", "WS").param("effectiveFrom", Instant.now().minusSeconds(60).toString())
                .param("description", "moderators may remove measles vaccine hoaxes inciting harm in Samoa");
        assertEquals(403, enforce("exceptions", exception.param("role", "SPECIALIST")).getStatus());
        JsonObject badRegion = problem(enforce("exceptions", new Form().param("role", "POLICY_LEAD").param("code", code)
                .param("name", "x").param("regions", "Samoa").param("effectiveFrom", Instant.now().toString())
                .param("description", "x")), 400);
        assertTrue(fieldMessage(badRegion, "regions[0]").contains("ISO 3166-1"), badRegion.toString());
        assertEquals(200, enforce("exceptions", new Form().param("role", "POLICY_LEAD").param("code", code)
                .param("name", "Measles misinformation in Samoa").param("regions", "WS")
                .param("effectiveFrom", Instant.now().minusSeconds(60).toString())
                .param("description", "moderators may remove measles hoaxes inciting harm in Samoa")).getStatus());

        String samoa = post("WS", "2020-11-20T08:00:00Z");
        assertEquals(200, enforce("removal", form("MODERATOR", samoa).param("category", "IMMINENT_HARM")
                .param("exception", code).param("reason", "attack the vaccinators")).getStatus());

        assertEquals(200, enforce("exceptions/" + code + "/end", new Form().param("role", "POLICY_LEAD")).getStatus());
        String later = post("WS", "2020-11-20T08:00:00Z");
        JsonObject ended = problem(enforce("removal", form("MODERATOR", later).param("category", "IMMINENT_HARM")
                .param("exception", code).param("reason", "attack the vaccinators")), 422);
        assertTrue(fieldMessage(ended, "exception").contains("not in effect"), ended.toString());
    }

    @Test
    void a_policy_never_reaches_posts_made_before_it_took_effect_but_a_label_stays_possible() {
        String before = post("US", "2020-10-06T23:59:59Z");
        JsonObject refused = problem(enforce("removal", form("SPECIALIST", before)
                .param("category", "MILITARIZED_LANGUAGE_POLLING_PLACES").param("reason", "army of poll watchers")), 422);
        assertTrue(refused.getString("detail").contains("took effect on 2020-10-07T00:00:00Z"), refused.toString());
        assertTrue(refused.getString("detail").contains("A label is still possible"));
        assertEquals(200, enforce("label", form("SPECIALIST", before).param("text", "How to vote")
                .param("url", "https://www.usa.gov/how-to-vote")).getStatus());
        JsonObject answer = distribution(before);
        assertEquals(1.0, answer.getJsonNumber("multiplier").doubleValue(), "an inform label does not demote");
        assertEquals("https://www.usa.gov/how-to-vote", answer.getJsonArray("labels").getJsonObject(0).getString("url"));

        String after = post("US", "2020-10-07T00:00:00Z");
        assertEquals(200, enforce("removal", form("SPECIALIST", after).param("category", "MILITARIZED_LANGUAGE_POLLING_PLACES")
                .param("reason", "army of poll watchers")).getStatus(), "from the effective second on it applies");
        assertEquals("militarized-language-polling-places@v1", historyEntry(after, "REMOVED").getString("policyVersion"));
    }

    @Test
    void covid_and_vaccine_hoaxes_are_hard_demoted_labelled_and_lose_ads_and_vaccine_hoaxes_recommendations() {
        String covid = post("GB", "2020-04-02T10:00:00Z");
        assertEquals(200, enforce("topic-policy", form("MODERATOR", covid).param("topic", "COVID_19")
                .param("reason", "hot water cure")).getStatus());
        JsonObject c = distribution(covid);
        assertEquals(0.1, c.getJsonNumber("multiplier").doubleValue(), 1e-9);
        assertFalse(c.getBoolean("adsAllowed"));
        assertTrue(c.getBoolean("recommendable"));
        assertEquals("HEALTH_INFORMATION", c.getJsonArray("labels").getJsonObject(0).getString("kind"));
        assertTrue(c.getJsonArray("labels").getJsonObject(0).getString("url").startsWith("https://www.who.int/"));

        String vaccine = post("US", "2020-12-15T10:00:00Z");
        assertEquals(200, enforce("topic-policy", form("MODERATOR", vaccine).param("topic", "VACCINES")
                .param("reason", "microchips")).getStatus());
        JsonObject v = distribution(vaccine);
        assertFalse(v.getBoolean("recommendable"));
        assertFalse(v.getBoolean("adsAllowed"));
        assertEquals("vaccine-hoaxes@v1", historyEntry(vaccine, "TOPIC_POLICY_APPLIED").getString("policyVersion"));
        String sameAuthor = post("US", "2020-12-16T10:00:00Z", "a-" + vaccine);
        assertEquals(0.5, distribution(sameAuthor).getJsonNumber("multiplier").doubleValue(), 1e-9,
                "a vaccine-hoax sharer falls under R8 at once, so the author's other posts are demoted too");
        assertTrue(historyEntry(vaccine, "REPEAT_OFFENDER").getString("reason").contains("author a-" + vaccine));

        String preCovid = post("US", "2020-02-01T10:00:00Z");
        problem(enforce("topic-policy", form("MODERATOR", preCovid).param("topic", "COVID_19").param("reason", "x")), 422);
        assertEquals(403, enforce("topic-policy", form("FACT_CHECKER", vaccine).param("topic", "VACCINES")
                .param("reason", "x")).getStatus());
    }

    @Test
    void policy_leads_publish_versions_that_take_effect_now_or_later_and_only_they_may() {
        String future = Instant.now().plusSeconds(86_400 * 365L).toString();
        assertEquals(403, enforce("policy-versions", new Form().param("role", "SPECIALIST").param("policy", "inform-labels")
                .param("effectiveFrom", future).param("summary", "s")).getStatus());
        JsonObject past = problem(enforce("policy-versions", new Form().param("role", "POLICY_LEAD")
                .param("policy", "census-interference").param("effectiveFrom", "2020-01-01T00:00:00Z")
                .param("summary", "retroactive")), 422);
        assertTrue(fieldMessage(past, "effectiveFrom").contains("must not be in the past"));
    }

    @Test
    void the_prepublish_check_answers_ok_for_an_ordinary_post_stores_nothing_and_names_bad_fields() {
        String id = "it-prepub-" + UUID.randomUUID();
        JsonObject ok = api.postJsonOk("/api/v1/prepublish-check", integrator, "{\"id\":\"" + id
                + "\",\"text\":\"Lovely weather\",\"authorId\":\"a\",\"authorKind\":\"PERSON\",\"postedAt\":\""
                + Instant.now() + "\"}");
        assertEquals("OK", ok.getString("decision"));
        try (Response r = api.request("/api/v1/content/" + id, integrator).get()) {
            assertEquals(404, r.getStatus(), "a pre-publication check stores nothing");
        }
        try (Response r = api.postJson("/api/v1/prepublish-check", integrator, "{\"text\":\"x\",\"authorKind\":\"NOBODY\"}")) {
            assertEquals(400, r.getStatus());
            assertEquals("application/problem+json", r.getMediaType().toString());
            JsonObject problem = Api.parse(r.readEntity(String.class));
            assertTrue(fieldMessage(problem, "authorKind").length() > 0, problem.toString());
        }
    }

    private String post(String region, String postedAt) {
        return post(region, postedAt, null);
    }

    private String post(String region, String postedAt, String author) {
        String id = "it-enf-" + UUID.randomUUID();
        String body = "{\"items\":[{\"id\":\"" + id + "\",\"text\":\"Claim " + id + "\",\"authorId\":\""
                + (author == null ? "a-" + id : author)
                + "\",\"authorKind\":\"PERSON\",\"region\":\"" + region + "\",\"language\":\"en\",\"postedAt\":\""
                + postedAt + "\",\"views\":1000,\"shares\":10}]}";
        JsonObject result = api.postJsonOk("/api/v1/content", integrator, body).getJsonArray("results").getJsonObject(0);
        assertEquals("ACCEPTED", result.getString("status"), result.toString());
        return id;
    }

    private static Form form(String role, String contentId) {
        return new Form().param("role", role).param("contentId", contentId);
    }

    private Response enforce(String what, Form form) {
        return api.request("/api/test/enforcement/" + what, null).accept(MediaType.WILDCARD).post(Entity.form(form));
    }

    private static JsonObject problem(Response r, int status) {
        try (r) {
            String body = r.readEntity(String.class);
            assertEquals(status, r.getStatus(), body);
            return Api.parse(body);
        }
    }

    private static String fieldMessage(JsonObject problem, String field) {
        List<JsonObject> errors = problem.getJsonArray("errors").getValuesAs(JsonObject.class);
        return errors.stream().filter(e -> field.equals(e.getString("field"))).map(e -> e.getString("message"))
                .findFirst().orElseThrow(() -> new AssertionError("no error for " + field + " in " + problem));
    }

    private JsonObject distribution(String id) {
        return api.postJsonOk("/api/v1/distribution", integrator, "{\"ids\":[\"" + id + "\"]}").getJsonArray("items")
                .getJsonObject(0);
    }

    private JsonObject historyEntry(String id, String action) {
        return api.getJsonOk("/api/v1/content/" + id, integrator).getJsonArray("history").getValuesAs(JsonObject.class)
                .stream().filter(e -> action.equals(e.getString("action"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " in the history of " + id));
    }
}
