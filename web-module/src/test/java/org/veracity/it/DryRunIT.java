package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Form;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.Fixtures;
import org.veracity.it.support.VeracityIT;
import org.veracity.it.support.desk.DeskBrowser;
import org.veracity.it.support.desk.DryRunReport;
import org.veracity.it.support.desk.MeasuresPage;
import org.veracity.it.support.desk.RfhPage;

/**
 * Issue 10, item 5, in the desk: before a measure is switched on, a policy lead runs an approved RFH entry, and then
 * the whole measure, against the content received in the last days and sees what intake would block and what it
 * would send to review, with the evidence; nothing changes but the audit trail, which records the dry run.
 */
class DryRunIT extends VeracityIT {

    private static final String PASSWORD = "a-long-demo-password";

    String integrator;
    String partner;
    String word;

    /** Each test's approved entry (in an inactive measure), the items received since, and the policy lead. */
    long measure;
    long entry;
    String evidence;
    String copy;
    String closeCall;
    String unrelated;
    String lead;
    DeskBrowser desk;

    @BeforeEach
    void connect() throws IOException {
        integrator = api.token("content:write,content:read,signals:write,distribution:read", null);
        partner = "Dry-run partner " + UUID.randomUUID().toString().substring(0, 8);
        api.controlOk("/api/test/partners", new Form().param("name", partner).param("languages", "en")
                .param("regions", "US"));
        Random random = new Random();
        StringBuilder w = new StringBuilder("qd");
        for (int i = 0; i < 7; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        // A figure: another test's rated hoax that differs only here is another claim, not a copy of it.
        word = w.append(100 + random.nextInt(900)).toString();

        measure = Long.parseLong(api.controlOk("/api/test/rfh/measures", new Form().param("name", "Measure " + word)));
        evidence = ratedFalse(claim(), 250_000);
        entry = Long.parseLong(api.controlOk("/api/test/rfh/entries", new Form().param("claim", claim())
                .param("measureId", String.valueOf(measure)).param("evidence", evidence).param("severity", "CRITICAL")
                .param("as", "sam").param("role", "SPECIALIST")).trim());
        api.controlOk("/api/test/rfh/entries/" + entry + "/approve", new Form().param("as", "pat").param("role", "POLICY_LEAD"));

        copy = post("Millions of fraudulent ballots: Democrats are planning to steal the " + word + " election");
        closeCall = post("Democrats want to steal the " + word + " election with fraudulent ballots, share now");
        unrelated = post("The " + word + " county fair opens on Saturday with a pie contest");

        lead = "lead-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(lead, PASSWORD, "POLICY_LEAD");
        desk = DeskBrowser.open(api.base(), Duration.ofSeconds(30));
        desk.loginFor(RfhPage.PATH).logIn(lead, PASSWORD);
    }

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void a_dry_run_over_fewer_than_one_day_is_refused() {
        String refusal = RfhPage.open(desk).refusedDryRun(entry, "0");
        assertTrue(refusal.contains("between 1 and 90 days"), refusal);
    }

    @Test
    void an_entrys_dry_run_shows_what_intake_would_block_and_send_to_review_with_the_evidence() throws IOException {
        DryRunReport report = RfhPage.open(desk).dryRun(entry, "1");
        desk.screenshot("dry-run-entry.png");
        Map<String, String> hits = report.outcomesFor(own());
        assertEquals(Map.of(evidence, "BLOCK", copy, "BLOCK", closeCall, "REVIEW"), hits,
                "the rated evidence item and the reworded copy would be blocked, the close call reviewed");
        String evidenceLine = report.firstEvidence();
        assertTrue(evidenceLine.startsWith("BLOCK: RFH entry " + entry + ", text v"), evidenceLine);
        assertTrue(report.summary().startsWith("Would block 2, would send "), report.summary());
    }

    @Test
    void a_measures_dry_run_does_what_its_one_entry_would() throws IOException {
        Map<String, String> hits = RfhPage.open(desk).dryRun(entry, "1").outcomesFor(own());

        DryRunReport report = MeasuresPage.open(desk).dryRun("Measure " + word, "1");
        desk.screenshot("dry-run-measure.png");
        assertEquals(hits, report.outcomesFor(own()), "the measure holds just this entry, so it would do the same");
        assertTrue(report.heading().contains("Measure " + word));
    }

    @Test
    void dry_runs_change_nothing_but_the_audit_trail_which_records_them() {
        RfhPage.open(desk).dryRun(entry, "1");
        MeasuresPage.open(desk).dryRun("Measure " + word, "1");

        for (String id : List.of(copy, closeCall, unrelated)) {
            JsonObject item = api.getJsonOk("/api/v1/content/" + id, integrator);
            assertEquals("ACTIVE", item.getString("status"), id + " was not blocked by the dry run");
            List<String> actions = item.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getString("action")).toList();
            assertFalse(actions.stream().anyMatch(a -> a.startsWith("INTAKE_BLOCKED") || a.startsWith("INTAKE_HELD")),
                    actions.toString());
            assertEquals("", api.controlOk("/api/test/rfh/matches", new Form().param("contentId", id)).trim(),
                    "no RFH match was stored for " + id);
        }
        String entryAudit = api.controlOk("/api/test/audit", new Form().param("type", "RFH_ENTRY")
                .param("id", String.valueOf(entry)));
        assertTrue(entryAudit.contains("RFH_DRY_RUN|" + lead + "|dry run over the last 1 days"), entryAudit);
        assertTrue(entryAudit.contains("would block 2, would send "), entryAudit);
        String measureAudit = api.controlOk("/api/test/audit", new Form().param("type", "BREAK_GLASS_MEASURE")
                .param("id", String.valueOf(measure)));
        assertTrue(measureAudit.contains("MEASURE_DRY_RUN|" + lead + "|"), measureAudit);
        assertFalse(measureAudit.contains("MEASURE_ACTIVATED"), "the dry run did not switch the measure on");
    }

    /**
     * This test's items. Other tests' versions of the hoax (another figure in them) were received in the same day
     * and are reviewed too; this test speaks for its own items.
     */
    private Set<String> own() {
        return Set.of(evidence, copy, closeCall, unrelated);
    }

    private String claim() {
        return "Democrats are planning to use millions of fraudulent ballots to steal the " + word + " election";
    }

    private String post(String text) {
        String id = "it-dry-" + UUID.randomUUID();
        api.postJsonOk("/api/v1/content", integrator, Fixtures.items(item(id, text, 10)));
        return id;
    }

    private String ratedFalse(String text, long views) {
        return Fixtures.ratedFalse(api, integrator, api.partnerToken(partner), item("it-dry-" + UUID.randomUUID(), text,
                views), "No evidence of any such plan.");
    }

    private static Fixtures.Content item(String id, String text, long views) {
        return Fixtures.post(id, text, views, Instant.now().minusSeconds(600));
    }
}
