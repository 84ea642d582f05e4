package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.Api;
import org.veracity.it.support.VeracityIT;

/**
 * Issue 14, item 1 (R14): ratings, temporary demotions and exemption decisions cite the version of their
 * policy in force when they are made. A policy lead publishes v2 of the fact-check-ratings, temporary-demotion
 * and popular-site-exemption policies; what is decided after v2 takes effect cites v2, what was decided before
 * keeps citing v1.
 */
class PolicyCitationIT extends VeracityIT {

    String integrator;
    String checker;

    @BeforeEach
    void connect() {
        integrator = api.token("content:write,content:read,signals:write,distribution:read", null);
        String partner = "Citations " + UUID.randomUUID().toString().substring(0, 8);
        api.controlOk("/api/test/partners", new Form().param("name", partner).param("languages", "en")
                .param("regions", "US,GB"));
        checker = api.partnerToken(partner);
        api.controlOk("/api/test/exemption-list", new Form().param("hosts",
                "google.com,youtube.com,www.nypost.com,nytimes.com,facebook.com,news.bbc.co.uk"));
    }

    @AfterEach
    void realTime() {
        api.resetClock();
    }

    @Test
    void decisions_made_after_v2_takes_effect_cite_v2_and_earlier_ones_keep_v1() {
        String ratedBefore = ratedFalse("https://citations-before.example/" + UUID.randomUUID());
        String exemptBefore = predicted("https://nypost.com/citations/" + UUID.randomUUID());
        String before = policyOf(ratedBefore, "RATED");
        String demotedBefore = policyOf(ratedBefore, "DEMOTED");
        String exemptionBefore = policyOf(exemptBefore, "NOT_DEMOTED_EXEMPT");

        Instant effective = Instant.now().plus(1, ChronoUnit.HOURS);
        int next = Integer.parseInt(before.substring(before.indexOf("@v") + 2)) + 1;
        assertEquals("fact-check-ratings@v" + next, publish("fact-check-ratings", effective));
        String temporaryNext = publish("temporary-demotion", effective);
        String exemptionNext = publish("popular-site-exemption", effective);
        api.fixClockAt(effective.plus(1, ChronoUnit.HOURS));

        String ratedAfter = ratedFalse("https://citations-after.example/" + UUID.randomUUID());
        String exemptAfter = predicted("https://nypost.com/citations/" + UUID.randomUUID());

        assertEquals("fact-check-ratings@v" + next, policyOf(ratedAfter, "RATED"));
        assertEquals("fact-check-ratings@v" + next, policyOf(ratedAfter, "LABELLED"));
        assertEquals(temporaryNext, firstPolicyOf(ratedAfter, "DEMOTED"), "the temporary demotion at prediction");
        assertEquals(exemptionNext, policyOf(exemptAfter, "NOT_DEMOTED_EXEMPT"));
        assertEquals(before, policyOf(ratedBefore, "RATED"), "an earlier rating keeps the version it cited");
        assertEquals(demotedBefore, policyOf(ratedBefore, "DEMOTED"));
        assertEquals(exemptionBefore, policyOf(exemptBefore, "NOT_DEMOTED_EXEMPT"));
        assertEquals(before.replaceAll("@v\\d+$", ""), "fact-check-ratings");
    }

    private String publish(String policy, Instant effectiveFrom) {
        try (var r = api.request("/api/test/enforcement/policy-versions", null).post(Entity.form(new Form()
                .param("role", "POLICY_LEAD").param("policy", policy).param("effectiveFrom", effectiveFrom.toString())
                .param("summary", "Issue 14: the next version, to prove citations follow it.")))) {
            assertEquals(200, r.getStatus());
            return r.readEntity(String.class);
        }
    }

    private String ratedFalse(String url) {
        String id = predicted(url);
        try (var r = api.request("/api/v1/factcheck/queue/" + id + "/claim", checker).post(Entity.json("{}"))) {
            assertEquals(200, r.getStatus(), "claim");
        }
        api.postJsonOk("/api/v1/factcheck/queue/" + id + "/rating", checker, "{\"rating\":\"FALSE\",\"claim\":"
                + "\"The claim of " + id + "\",\"articleUrl\":\"https://factcheck.example/" + id
                + "\",\"summary\":\"What the evidence shows.\"}");
        return id;
    }

    private String predicted(String url) {
        String id = "it-cite-" + UUID.randomUUID();
        Instant posted = Instant.now().minusSeconds(3600);
        api.postJsonOk("/api/v1/content", integrator, "{\"items\":[" + Api.item(id, url, "author-" + id, 10_000,
                posted) + "]}");
        api.postJsonOk("/api/v1/signals", integrator, "{\"signals\":["
                + IntegratorApiIT.signal(id + "-x", id, "EXTERNAL_FALSITY", 3, posted.plusSeconds(60)) + "]}");
        return id;
    }

    /** The policy version the item's latest {@code action} cites. */
    private String policyOf(String id, String action) {
        return history(id).stream().filter(e -> action.equals(e.getString("action")))
                .reduce((first, second) -> second).map(e -> e.getString("policyVersion"))
                .orElseThrow(() -> new AssertionError("no " + action + " in the history of " + id));
    }

    private String firstPolicyOf(String id, String action) {
        return history(id).stream().filter(e -> action.equals(e.getString("action"))).findFirst()
                .map(e -> e.getString("policyVersion"))
                .orElseThrow(() -> new AssertionError("no " + action + " in the history of " + id));
    }

    private java.util.List<JsonObject> history(String id) {
        return api.getJsonOk("/api/v1/content/" + id, integrator).getJsonArray("history")
                .getValuesAs(JsonObject.class);
    }
}
