package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.Api;
import org.veracity.it.support.VeracityIT;

/**
 * R16 end to end over HTTP on Payara Micro: designated movements' groups shut down, their content banned from the
 * effective moment on, suspended authors, the pre-publication check, and who may designate.
 */
class MovementsIT extends VeracityIT {

    private static final String PASSWORD = "a-long-test-password";

    String integrator;
    String specialist;
    String moderator;
    String suffix;

    @BeforeEach
    void connect() {
        integrator = api.token("content:write,content:read,distribution:read", null);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        specialist = "spec-" + suffix;
        moderator = "mod-" + suffix;
        api.createUser(specialist, PASSWORD, "SPECIALIST");
        api.createUser(moderator, PASSWORD, "MODERATOR");
    }

    @Test
    void a_post_to_a_designated_movements_group_is_removed_at_intake_and_says_why_everywhere() {
        String group = "g-militia-" + suffix;
        designate(specialist, "Militia " + suffix, group, "", "", false, null);

        String id = "it-mov-group-" + suffix;
        JsonObject result = submit(item(id, group, "Meet at the usual place", "author-" + suffix, Instant.now()));
        assertEquals("REMOVED", result.getString("status"), result.toString());
        assertTrue(result.getString("reason").contains("posted to the group " + group + " of the designated movement Militia "
                + suffix), result.getString("reason"));
        assertTrue(result.getString("reason").endsWith("(dangerous-movements@v2)"), result.getString("reason"));

        JsonObject answer = distribution(id);
        assertEquals(0.0, answer.getJsonNumber("multiplier").doubleValue());
        String reason = answer.getJsonArray("reasons").getString(0);
        assertTrue(reason.startsWith("REMOVED: posted to the group " + group), reason);
        assertTrue(reason.endsWith("(dangerous-movements@v2)"), reason);

        JsonObject detail = api.getJsonOk("/api/v1/content/" + id, integrator);
        assertEquals("REMOVED", detail.getString("status"));
        JsonObject removal = detail.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("action").equals("INTAKE_REMOVED")).findFirst()
                .orElseThrow(() -> new AssertionError(detail.toString()));
        assertEquals("dangerous-movements@v2", removal.getString("policyVersion"));
        assertTrue(removal.getString("reason").contains(group), removal.toString());
    }

    @Test
    void with_ban_all_content_a_post_with_the_hashtag_is_removed_from_the_effective_moment_on() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        api.fixClockAt(now);
        Instant effective = now.plus(Duration.ofHours(1));
        designate(specialist, "Banned " + suffix, "", "#Banned" + suffix, "", true, effective);

        api.fixClockAt(effective.minusSeconds(1));
        String before = "it-mov-before-" + suffix;
        String after = "it-mov-after-" + suffix;
        String text = "Rally on Saturday #BANNED" + suffix + "!";
        assertEquals("ACCEPTED", submit(item(before, null, text, "a1-" + suffix, effective.minusSeconds(1)))
                .getString("status"), "received before the effective moment");
        api.fixClockAt(effective.plus(Duration.ofHours(1)));
        JsonObject removed = submit(item(after, null, text, "a2-" + suffix, effective));
        assertEquals("REMOVED", removed.getString("status"));
        assertTrue(removed.getString("reason").startsWith("matches the designated movement Banned " + suffix
                + " by hashtag #Banned" + suffix), removed.getString("reason"));
        assertEquals(1.0, distribution(before).getJsonNumber("multiplier").doubleValue());
        assertEquals(0.0, distribution(after).getJsonNumber("multiplier").doubleValue());

        String longer = "it-mov-longer-" + suffix;
        assertEquals("ACCEPTED", submit(item(longer, null, "#Banned" + suffix + "Not", "a3-" + suffix,
                effective.plusSeconds(5))).getString("status"), "a longer tag is another tag");
    }

    @Test
    void without_ban_all_content_a_post_with_the_hashtag_is_accepted() {
        designate(specialist, "Unbanned " + suffix, "g-unbanned-" + suffix, "#Unbanned" + suffix,
                "unbanned phrase " + suffix, false, null);
        JsonObject result = submit(item("it-mov-noban-" + suffix, "g-other-" + suffix,
                "#Unbanned" + suffix + " unbanned phrase " + suffix, "a-" + suffix, Instant.now()));
        assertEquals("ACCEPTED", result.getString("status"), result.toString());
    }

    @Test
    void a_post_that_arrives_after_the_designation_is_removed_whatever_time_it_claims() {
        String group = "g-late-" + suffix;
        designate(specialist, "Late " + suffix, group, "", "late arrival " + suffix, true, null);
        JsonObject result = submit(item("it-mov-early-" + suffix, group, "late arrival " + suffix, "a-" + suffix,
                Instant.now().minus(Duration.ofHours(1))));
        assertEquals("REMOVED", result.getString("status"), "bans judge the moment Veracity received the post: "
                + result);
    }

    @Test
    void the_pre_publication_check_answers_removed_and_stores_nothing() {
        designate(specialist, "Phrase " + suffix, "", "", "march on the capitol " + suffix, true, null);
        String id = "it-mov-check-" + suffix;
        JsonObject answer = api.postJsonOk("/api/v1/prepublish-check", integrator,
                item(id, null, "Tomorrow we MARCH on the Capitol " + suffix + ".", "a-" + suffix, Instant.now()));
        assertEquals("REMOVED", answer.getString("decision"), answer.toString());
        String reason = answer.getJsonArray("reasons").getString(0);
        assertTrue(reason.contains("by phrase \"march on the capitol " + suffix + "\""), reason);
        assertTrue(reason.endsWith("(dangerous-movements@v2)"), reason);
        try (Response r = api.request("/api/v1/content/" + id, integrator).get()) {
            assertEquals(404, r.getStatus(), "the check stored nothing");
        }
        assertEquals("OK", api.postJsonOk("/api/v1/prepublish-check", integrator,
                item(id, null, "Tomorrow we march on the capitols " + suffix, "a-" + suffix, Instant.now()))
                .getString("decision"), "a near miss passes");
    }

    @Test
    void a_suspended_authors_posts_are_removed_during_the_period_and_accepted_after_it() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        api.fixClockAt(now);
        String author = "suspended-" + suffix;
        Instant until = now.plus(Duration.ofDays(730));
        api.controlOk("/api/test/r16/suspensions", new Form().param("as", specialist).param("authorId", author)
                .param("until", until.toString()).param("reason", "called for violence at polling places"));

        JsonObject during = submit(item("it-susp-during-" + suffix, null, "hello", author, now.plusSeconds(10)));
        assertEquals("REMOVED", during.getString("status"));
        assertTrue(during.getString("reason").startsWith("the author " + author + " is suspended until " + until),
                during.getString("reason"));
        assertTrue(during.getString("reason").endsWith("(account-suspensions@v1)"), during.getString("reason"));
        assertEquals("ACCEPTED", submit(item("it-susp-other-" + suffix, null, "hello", "other-" + suffix,
                now.plusSeconds(10))).getString("status"), "other authors are not touched");

        api.fixClockAt(until.plusSeconds(60));
        assertEquals("ACCEPTED", submit(item("it-susp-after-" + suffix, null, "hello again", author, until))
                .getString("status"), "the period ends at its end");
    }

    @Test
    void a_lifted_suspension_no_longer_removes_new_posts() {
        String author = "lifted-" + suffix;
        String id = api.controlOk("/api/test/r16/suspensions", new Form().param("as", specialist)
                .param("authorId", author).param("permanent", "true").param("reason", "coordinated posting"));
        assertEquals("REMOVED", submit(item("it-lift-1-" + suffix, null, "x", author, Instant.now())).getString("status"));
        try (Response r = api.controlResponse("/api/test/r16/suspensions/" + id + "/lift",
                new Form().param("as", moderator).param("reason", "appeal"))) {
            assertEquals(403, r.getStatus(), "only specialists lift suspensions");
        }
        api.controlOk("/api/test/r16/suspensions/" + id + "/lift", new Form().param("as", specialist)
                .param("reason", "appeal granted"));
        assertEquals("ACCEPTED", submit(item("it-lift-2-" + suffix, null, "x", author, Instant.now().plusSeconds(1)))
                .getString("status"));
    }

    @Test
    void a_moderator_cannot_designate_a_movement() {
        try (Response r = designation(moderator, "Mod " + suffix, "g-mod-" + suffix, "", "", true, null)) {
            assertEquals(403, r.getStatus(), r.readEntity(String.class));
        }
        JsonObject result = submit(item("it-mov-mod-" + suffix, "g-mod-" + suffix, "x", "a-" + suffix, Instant.now()));
        assertEquals("ACCEPTED", result.getString("status"), "nothing was designated");
    }

    @Test
    void a_designation_with_bad_identifiers_or_a_past_effective_moment_is_refused_per_field() {
        try (Response r = designation(specialist, "Bad " + suffix, "", "#two words", "", true, null)) {
            String body = r.readEntity(String.class);
            assertEquals(400, r.getStatus(), body);
            assertTrue(body.contains("\"hashtags\"") && body.contains("is not a single hashtag"), body);
        }
        try (Response r = designation(specialist, "Bad " + suffix, "", "", "", true, null)) {
            String body = r.readEntity(String.class);
            assertEquals(400, r.getStatus(), body);
            assertTrue(body.contains("\"identifiers\""), body);
        }
        try (Response r = designation(specialist, "Bad " + suffix, "g-" + suffix, "", "", true,
                Instant.now().minus(Duration.ofDays(1)))) {
            String body = r.readEntity(String.class);
            assertEquals(422, r.getStatus(), body);
            assertTrue(body.contains("\"effectiveFrom\""), body);
        }
    }

    private void designate(String as, String name, String groups, String hashtags, String phrases, boolean ban,
                           Instant effectiveFrom) {
        try (Response r = designation(as, name, groups, hashtags, phrases, ban, effectiveFrom)) {
            assertEquals(200, r.getStatus(), r.readEntity(String.class));
        }
    }

    private Response designation(String as, String name, String groups, String hashtags, String phrases, boolean ban,
                                 Instant effectiveFrom) {
        Form form = new Form().param("as", as).param("name", name).param("description", "a militarized social movement")
                .param("groups", groups).param("hashtags", hashtags).param("phrases", phrases)
                .param("banAllContent", Boolean.toString(ban));
        if (effectiveFrom != null) {
            form.param("effectiveFrom", effectiveFrom.toString());
        }
        return api.controlResponse("/api/test/r16/movements", form);
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

    private static String item(String id, String group, String text, String author, Instant postedAt) {
        return "{\"id\":\"" + id + "\",\"text\":\"" + text.replace("\"", "\\\"") + "\",\"authorId\":\"" + author
                + "\",\"authorKind\":\"PERSON\"" + (group == null ? "" : ",\"groupId\":\"" + group + "\"")
                + ",\"region\":\"US\",\"language\":\"en\",\"postedAt\":\"" + postedAt + "\",\"views\":100,"
                + "\"shares\":1,\"ad\":false}";
    }

}
