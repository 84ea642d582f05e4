package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veracity.domain.factcheck.Verdict;
import org.veracity.it.support.Fixtures;
import org.veracity.it.support.VeracityIT;
import org.veracity.it.support.desk.DeskBrowser;
import org.veracity.it.support.desk.ItemPage;

/**
 * Issue 10, item 4, over HTTP: a False rating reaches the copies of the rated item (already posted ones and
 * later ones), a looser resemblance is offered to the fact-checker as a possible copy, a changed rating follows,
 * and a post that debunks the claim is never treated as a copy.
 */
class RatingCopiesIT extends VeracityIT {

    private static final String PASSWORD = "a-long-demo-password";

    String integrator;
    String partner;
    String checker;
    /** A made-up word with a figure, so this test's hoax is a copy of nothing else in the database. */
    String nonce;

    @BeforeEach
    void connect() {
        integrator = api.token("content:write,content:read,signals:write,distribution:read", null);
        partner = "Copies " + UUID.randomUUID().toString().substring(0, 8);
        api.controlOk("/api/test/partners", new Form().param("name", partner).param("languages", "en")
                .param("regions", "US"));
        checker = api.partnerToken(partner);
        Random r = new Random();
        StringBuilder w = new StringBuilder("qx");
        for (int i = 0; i < 6; i++) {
            w.append((char) ('a' + r.nextInt(26)));
        }
        // With a figure of its own: another test's hoax that differs only here is another claim (the facts
        // disagree), so its rating does not reach this test's items. The matcher reads the figure apart from the
        // letters, so it must differ between tests by itself: six digits (three collided once, 211 and 211).
        nonce = w.append(100_000 + r.nextInt(900_000)).toString();
    }

    private String hoax() {
        return "The new flu vaccine secretly contains " + nonce
                + " microchips that let the government track every citizen through cell towers";
    }

    @Test
    void a_false_rating_spreads_to_copies_already_posted_and_is_shown_on_the_copy_and_in_its_distribution_answer()
            throws IOException {
        String original = post(hoax());
        String copy = post("BREAKING!!! the NEW flu vaccine secretly contains " + nonce
                + " microchips that let the government track every citizen through cell towers \uD83D\uDE31 share now");
        String unrelated = post("My cat likes " + nonce + " toys and sleeping all afternoon in the sun");
        assertEquals(1.0, multiplier(copy), "nothing happens to the copy before the original is rated");

        long ratingId = rateFalse(original);

        JsonObject answer = distribution(copy);
        assertEquals(0.2, answer.getJsonNumber("multiplier").doubleValue(), 1e-9, answer.toString());
        assertEquals(false, answer.getBoolean("adsAllowed"), answer.toString());
        JsonObject label = answer.getJsonArray("labels").getJsonObject(0);
        assertEquals("WARNING", label.getString("kind"));
        assertEquals(article(original), label.getString("url"), "the label links the original's fact-check");
        assertTrue(reasons(answer).stream().anyMatch(r -> r.contains("copy of rated item " + original + " (similarity 0.")
                && r.contains("fact-check-ratings@v")), reasons(answer).toString());

        JsonObject detail = api.getJsonOk("/api/v1/content/" + copy, integrator);
        JsonObject rating = detail.getJsonArray("ratings").getJsonObject(0);
        assertEquals("FALSE", rating.getString("rating"));
        assertEquals(original, rating.getString("copyOf"));
        assertTrue(rating.getString("evidence").startsWith("copy of rated item " + original + " (similarity 0."),
                rating.getString("evidence"));
        assertTrue(actions(detail).containsAll(List.of("RATED_AS_COPY", "DEMOTED", "LABELLED")), actions(detail).toString());

        assertEquals(1.0, multiplier(unrelated), "an item sharing one odd word is not a copy");
        assertTheDeskPageShowsTheCopiedRating(copy, original);
        JsonObject own = api.getJsonOk("/api/v1/content/" + original, integrator).getJsonArray("ratings").getJsonObject(0);
        assertEquals(ratingId, own.getJsonNumber("id").longValue());
        assertTrue(!own.containsKey("copyOf") || own.isNull("copyOf"), "the original carries its own rating, not a copy");
    }

    @Test
    void a_copy_arriving_after_the_rating_is_treated_at_intake() {
        String original = post(hoax());
        rateFalse(original);
        String later = post("Wake up people: the new flu vaccine secretly contains " + nonce
                + " microchips that let the government track every citizen through cell towers");
        assertEquals(0.2, multiplier(later), 1e-9);
        JsonObject rating = api.getJsonOk("/api/v1/content/" + later, integrator).getJsonArray("ratings").getJsonObject(0);
        assertEquals(original, rating.getString("copyOf"));
    }

    @Test
    void a_looser_resemblance_is_offered_as_a_possible_copy_and_rated_once_the_fact_checker_confirms_it() {
        String original = post(hoax());
        String loose = post("Flu shots now carry " + nonce + " microchips and the government uses them to track every citizen");
        String other = post("They put " + nonce + " microchips in the flu vaccine to track citizens");
        rateFalse(original);
        assertEquals(1.0, multiplier(loose), "a review-tier resemblance is not rated by itself");

        JsonObject offer = offerFor(loose, original);
        assertEquals(original, offer.getString("copyOf"));
        assertEquals("FALSE", offer.getString("rating"));
        assertTrue(offer.getString("evidence").contains("possible copy of rated item " + original), offer.toString());
        api.postJsonOk("/api/v1/factcheck/possible-copies/" + offer.getJsonNumber("possibleCopyId").longValue()
                + "/confirm", checker, "{}");
        assertEquals(0.2, multiplier(loose), 1e-9);
        JsonObject detail = api.getJsonOk("/api/v1/content/" + loose, integrator);
        assertEquals(original, detail.getJsonArray("ratings").getJsonObject(0).getString("copyOf"));
        assertTrue(actions(detail).containsAll(List.of("POSSIBLE_COPY_OFFERED", "POSSIBLE_COPY_CONFIRMED", "RATED_AS_COPY")));

        JsonObject second = offerFor(other, original);
        api.postJsonOk("/api/v1/factcheck/possible-copies/" + second.getJsonNumber("possibleCopyId").longValue()
                + "/reject", checker, "{}");
        assertEquals(1.0, multiplier(other));
        assertTrue(possibleCopies().stream().noneMatch(o -> o.getString("id").equals(other)
                        && o.getString("copyOf").equals(original)),
                "a rejected possible copy is not offered again");
        try (Response r = api.request("/api/v1/factcheck/possible-copies/" + second.getJsonNumber("possibleCopyId")
                .longValue() + "/confirm", checker).post(Entity.json("{}"))) {
            assertEquals(409, r.getStatus(), "a decided offer cannot be decided again");
        }
    }

    @Test
    void a_changed_rating_on_the_original_follows_to_its_copies_and_a_lifted_one_lifts_theirs() {
        String original = post(hoax());
        String copy = post("Wake up people: the new flu vaccine secretly contains " + nonce
                + " microchips that let the government track every citizen through cell towers");
        long ratingId = rateFalse(original);
        assertEquals(0.2, multiplier(copy), 1e-9);

        long altered = change(ratingId, "ALTERED");
        JsonArray ratings = api.getJsonOk("/api/v1/content/" + copy, integrator).getJsonArray("ratings");
        assertEquals(2, ratings.size(), ratings.toString());
        assertNotNull(ratings.getJsonObject(0).getString("supersededAt", null), "the copied FALSE was withdrawn");
        assertEquals("ALTERED", ratings.getJsonObject(1).getString("rating"));
        assertEquals(0.2, multiplier(copy), 1e-9, "the copy follows the changed rating");
        assertEquals(1, distribution(copy).getJsonArray("labels").size(), "one label, not one per rating");

        change(altered, "MISSING_CONTEXT");
        JsonObject answer = distribution(copy);
        assertEquals(1.0, answer.getJsonNumber("multiplier").doubleValue(), 1e-9, answer.toString());
        assertEquals(true, answer.getBoolean("adsAllowed"));
        assertEquals(0, answer.getJsonArray("labels").size(), "Missing context does not reach copies");
        JsonObject detail = api.getJsonOk("/api/v1/content/" + copy, integrator);
        assertTrue(actions(detail).contains("RATING_WITHDRAWN"), actions(detail).toString());
    }

    /** Needs the counter-speech rule of the matcher's BLOCK tier (issue 10, item 1). */
    @Test
    void a_debunk_quoting_the_rated_claim_is_not_treated_as_a_copy() {
        String original = post(hoax());
        String debunk = post("FALSE: The claim that the new flu vaccine secretly contains " + nonce
                + " microchips that let the government track every citizen through cell towers is a hoax.");
        rateFalse(original);
        JsonObject answer = distribution(debunk);
        assertEquals(1.0, answer.getJsonNumber("multiplier").doubleValue(), 1e-9, answer.toString());
        assertEquals(0, api.getJsonOk("/api/v1/content/" + debunk, integrator).getJsonArray("ratings").size());
        String laterDebunk = post("Debunked: the new flu vaccine secretly contains " + nonce
                + " microchips that let the government track every citizen through cell towers");
        assertEquals(1.0, multiplier(laterDebunk), 1e-9, "nor at intake");
    }

    // --- helpers

    /** The copy's desk page shows the copied rating with its evidence and a link to the rated item. */
    private void assertTheDeskPageShowsTheCopiedRating(String copy, String original) throws IOException {
        String moderator = "mod-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(moderator, PASSWORD, "MODERATOR");
        try (DeskBrowser desk = DeskBrowser.open(api.base(), Duration.ofSeconds(30))) {
            desk.loginFor(ItemPage.path(copy)).logIn(moderator, PASSWORD);
            ItemPage page = ItemPage.open(desk, copy);
            String evidence = page.copiedRatingEvidence();
            desk.screenshot("copy-item-page.png");
            assertTrue(evidence.startsWith("copy of rated item " + original + " (similarity 0."), evidence);
            assertTrue(page.ratings().contains("FALSE"));
            assertEquals("0.2", page.multiplier());
        }
    }

    private String post(String text) {
        String id = "copies-" + UUID.randomUUID();
        api.postJsonOk("/api/v1/content", integrator, Fixtures.items(Fixtures.post(id, text, 5000,
                Instant.now().minusSeconds(3600)).topics("health").shares(40)));
        return id;
    }

    /** Enqueues the original with an external falsity signal, claims it and rates it False; answers the rating id. */
    private long rateFalse(String id) {
        api.postJsonOk("/api/v1/signals", integrator, Fixtures.signals(Fixtures.signal(id + "-x", id,
                "EXTERNAL_FALSITY", 3, Instant.now())));
        try (Response r = api.request("/api/v1/factcheck/queue/" + id + "/claim", checker).post(Entity.json("{}"))) {
            assertEquals(200, r.getStatus());
        }
        return api.postJsonOk("/api/v1/factcheck/queue/" + id + "/rating", checker, Fixtures.rating(Verdict.FALSE,
                "The flu vaccine contains " + nonce + " microchips used to track citizens", article(id),
                "Vaccines contain no microchips.")).getJsonNumber("ratingId").longValue();
    }

    private long change(long ratingId, String verdict) {
        JsonObject dispute = api.postJsonOk("/api/v1/factcheck/ratings/" + ratingId + "/disputes", integrator,
                Json.createObjectBuilder().add("publisher", "page-" + nonce).add("statement", "Our post was misread.")
                        .build());
        return Long.parseLong(api.controlOk("/api/test/disputes/" + dispute.getJsonNumber("disputeId").longValue()
                + "/change", new Form().param("partner", partner).param("rating", verdict)).trim());
    }

    private static String article(String id) {
        return "https://factcheck.example/" + id.toLowerCase(Locale.ROOT);
    }

    private List<JsonObject> possibleCopies() {
        return api.getJsonOk("/api/v1/factcheck/possible-copies", checker).getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private JsonObject offerFor(String id, String original) {
        return possibleCopies().stream().filter(o -> o.getString("id").equals(id) && o.getString("copyOf").equals(original))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not offered: " + possibleCopies()));
    }

    private JsonObject distribution(String id) {
        return api.postJsonOk("/api/v1/distribution", integrator, Fixtures.distributionOf(id)).getJsonArray("items")
                .getJsonObject(0);
    }

    private double multiplier(String id) {
        return distribution(id).getJsonNumber("multiplier").doubleValue();
    }

    private static List<String> reasons(JsonObject answer) {
        return answer.getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static List<String> actions(JsonObject item) {
        return item.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
    }
}
