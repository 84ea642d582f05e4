package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.veracity.it.support.Browser;
import org.veracity.it.support.VeracityIT;

/**
 * Issue 10, item 5, in the desk: before a measure is switched on, a policy lead runs an approved RFH entry, and then
 * the whole measure, against the content received in the last days and sees what intake would block and what it
 * would send to review, with the evidence; nothing changes but the audit trail, which records the dry run.
 */
class DryRunIT extends VeracityIT {

    private static final Path OUT = Path.of("target", "browser");
    private static final String PASSWORD = "a-long-demo-password";

    String integrator;
    String partner;
    String word;

    @BeforeEach
    void connect() {
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
    }

    @Test
    void a_policy_lead_sees_what_an_entry_and_its_measure_would_block_and_review_and_nothing_changes()
            throws IOException {
        long measure = Long.parseLong(api.controlOk("/api/test/rfh/measures", new Form().param("name", "Measure " + word)));
        String evidence = ratedFalse(claim(), 250_000);
        long entry = Long.parseLong(api.controlOk("/api/test/rfh/entries", new Form().param("claim", claim())
                .param("measureId", String.valueOf(measure)).param("evidence", evidence).param("severity", "CRITICAL")
                .param("as", "sam").param("role", "SPECIALIST")).trim());
        api.controlOk("/api/test/rfh/entries/" + entry + "/approve", new Form().param("as", "pat").param("role", "POLICY_LEAD"));

        String copy = post("Millions of fraudulent ballots: Democrats are planning to steal the " + word + " election");
        String closeCall = post("Democrats want to steal the " + word + " election with fraudulent ballots, share now");
        String unrelated = post("The " + word + " county fair opens on Saturday with a pie contest");

        String lead = "lead-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(lead, PASSWORD, "POLICY_LEAD");
        WebDriver browser = Browser.open(OUT);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(api.base() + "/desk/rfh.xhtml");
            Browser.logIn(browser, wait, lead, PASSWORD);

            browser.get(api.base() + "/desk/rfh.xhtml");
            Select entries = new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dryrun:entry"))));
            entries.selectByValue(String.valueOf(entry));
            WebElement days = browser.findElement(By.id("dryrun:days"));
            days.clear();
            days.sendKeys("0");
            browser.findElement(By.id("dryrun:run")).click();
            String refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[id='dryrun:days'] ~ .ui-message-error, .ui-message-error"))).getText();
            assertTrue(refusal.contains("between 1 and 90 days"), refusal);

            new Select(browser.findElement(By.id("dryrun:entry"))).selectByValue(String.valueOf(entry));
            days = browser.findElement(By.id("dryrun:days"));
            days.clear();
            days.sendKeys("1");
            browser.findElement(By.id("dryrun:run")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dry-run-report")));
            Browser.screenshot(browser, OUT.resolve("dry-run-entry.png"));
            // Other tests' versions of the hoax (another figure in them) were received in the same day and are reviewed
            // too; this test speaks for its own items.
            Set<String> own = Set.of(evidence, copy, closeCall, unrelated);
            Map<String, String> hits = hits(browser, own);
            assertEquals(Map.of(evidence, "BLOCK", copy, "BLOCK", closeCall, "REVIEW"), hits,
                    "the rated evidence item and the reworded copy would be blocked, the close call reviewed");
            String evidenceLine = browser.findElements(By.cssSelector("#dry-run-report .dry-run-evidence")).get(0).getText();
            assertTrue(evidenceLine.startsWith("BLOCK: RFH entry " + entry + ", text v"), evidenceLine);
            assertTrue(browser.findElement(By.id("dry-run-summary")).getText().startsWith("Would block 2, would send "),
                    browser.findElement(By.id("dry-run-summary")).getText());

            browser.get(api.base() + "/desk/measures.xhtml");
            new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dryrun:measure"))))
                    .selectByVisibleText("Measure " + word);
            days = browser.findElement(By.id("dryrun:days"));
            days.clear();
            days.sendKeys("1");
            browser.findElement(By.id("dryrun:run")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dry-run-report")));
            Browser.screenshot(browser, OUT.resolve("dry-run-measure.png"));
            assertEquals(hits, hits(browser, own), "the measure holds just this entry, so it would do the same");
            assertTrue(browser.findElement(By.cssSelector("#dry-run-report h3")).getText().contains("Measure " + word));
        } finally {
            browser.quit();
        }

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

    private Map<String, String> hits(WebDriver browser, Set<String> own) {
        Map<String, String> out = new TreeMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("#dry-run-report tbody tr"))) {
            List<WebElement> ids = row.findElements(By.cssSelector(".content-id"));
            if (!ids.isEmpty() && own.contains(ids.get(0).getText())) {
                out.put(ids.get(0).getText(), row.findElement(By.cssSelector(".dry-run-outcome")).getText());
            }
        }
        return out;
    }

    private String claim() {
        return "Democrats are planning to use millions of fraudulent ballots to steal the " + word + " election";
    }

    private String post(String text) {
        String id = "it-dry-" + UUID.randomUUID();
        api.postJsonOk("/api/v1/content", integrator, "{\"items\":[" + item(id, text, 10) + "]}");
        return id;
    }

    private String ratedFalse(String text, long views) {
        String id = "it-dry-" + UUID.randomUUID();
        api.postJsonOk("/api/v1/content", integrator, "{\"items\":[" + item(id, text, views) + "]}");
        api.postJsonOk("/api/v1/signals", integrator, "{\"signals\":["
                + IntegratorApiIT.signal(id + "-x", id, "EXTERNAL_FALSITY", 3, Instant.now()) + "]}");
        String checker = api.partnerToken(partner);
        try (Response r = api.request("/api/v1/factcheck/queue/" + id + "/claim", checker).post(Entity.json("{}"))) {
            assertEquals(200, r.getStatus());
        }
        api.postJsonOk("/api/v1/factcheck/queue/" + id + "/rating", checker, "{\"rating\":\"FALSE\",\"claim\":\""
                + "The claim of " + id + "\",\"articleUrl\":\"https://factcheck.example/" + id
                + "\",\"summary\":\"No evidence of any such plan.\"}");
        return id;
    }

    private static String item(String id, String text, long views) {
        return "{\"id\":\"" + id + "\",\"text\":\"" + text + "\",\"authorId\":\"author-" + id
                + "\",\"authorKind\":\"PERSON\",\"topics\":[\"politics\"],\"region\":\"US\",\"language\":\"en\","
                + "\"postedAt\":\"" + Instant.now().minusSeconds(600) + "\",\"views\":" + views + ",\"shares\":50,\"ad\":false}";
    }

}
