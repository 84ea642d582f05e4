package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Form;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.veracity.domain.factcheck.Verdict;
import org.veracity.it.support.Fixtures;
import org.veracity.it.support.VeracityIT;
import org.veracity.it.support.desk.DeskBrowser;
import org.veracity.it.support.desk.EnqueuePage;
import org.veracity.it.support.desk.ItemPage;
import org.veracity.it.support.desk.JobsPage;
import org.veracity.it.support.desk.LoginPage;
import org.veracity.it.support.desk.QueuePage;
import org.veracity.it.support.desk.WorkbenchPage;

/** What a moderator does in a real browser: log in at /desk/ and see the fact-check queue with multipliers. */
class DeskBrowserIT extends VeracityIT {

    private static final String PASSWORD = "a-long-demo-password";

    DeskBrowser desk;

    @BeforeEach
    void open() throws IOException {
        desk = DeskBrowser.open(api.base(), Duration.ofSeconds(20));
    }

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void a_moderator_logs_in_and_sees_a_predicted_item_in_the_queue_at_half_distribution() throws IOException {
        String moderator = "mod-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(moderator, PASSWORD, "MODERATOR");
        Fixtures.Content submitted = itemOnItsOwnDomain("US");
        String item = Fixtures.predicted(api, api.token("content:write,signals:write", null), submitted);

        LoginPage login = desk.loginFor("/desk/");
        desk.waiting().until(d -> d.getCurrentUrl().contains("/desk/login.xhtml"));
        login.logIn(moderator, PASSWORD);

        // Its own domain: the queue shows only this item, whatever other tests left there (R7 orders the queue by
        // share velocity, and other test classes leave dozens of items).
        QueuePage.Row row = QueuePage.shown(desk).filterByDomain(domainOf(item)).row(item);
        desk.screenshot("desk-queue.png");
        assertEquals("0.5", row.multiplier());
        assertTrue(row.text().contains("PREDICTED"), row.text());

        JobsPage.open(desk);
        assertTrue(desk.source().contains("403") || desk.source().contains("Forbidden"),
                "the jobs page is for admins only: " + desk.driver().getTitle());
    }

    @Test
    void an_admin_reads_the_timetable_starts_the_expiry_by_hand_and_finds_its_outcome_in_the_history() throws IOException {
        // The night a (pretend) instance "night-shift/server" claimed for the weekly rebuild.
        api.fixClockAt(Instant.parse("2098-06-01T03:00:00Z"));
        assertEquals("true", api.controlOk("/api/test/jobs/rebuild-exemption-list/claim", new Form()
                .param("instance", "night-shift/server")));
        api.resetClock();
        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(admin, PASSWORD, "ADMIN");
        desk.logInAs(admin, PASSWORD);

        JobsPage jobs = JobsPage.open(desk);
        String timetable = jobs.timetable();
        for (String job : List.of("expire-demotions", "rebuild-exemption-list", "verify-audit-chain")) {
            assertTrue(timetable.contains(job), timetable);
        }
        assertTrue(jobs.lastScheduled("rebuild-exemption-list").endsWith(" by night-shift/server"),
                jobs.timetableRow("rebuild-exemption-list"));

        jobs.startExpiry();
        // The run lands in the history with the job's own account of what it did.
        WebElement latest = jobs.latestCompletedRun();
        jobs.showRunTimes();
        desk.screenshot("desk-jobs.png");
        assertTrue(latest.getText().contains("expire-demotions"), latest.getText());
        assertTrue(latest.findElement(By.cssSelector(".job-exit")).getText().matches("closed \\d+, 0 left, as of .*"),
                latest.getText());
    }

    @Test
    void a_wrong_password_is_refused_with_a_message_next_to_the_password_field() throws IOException {
        String moderator = "mod-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(moderator, PASSWORD, "MODERATOR");
        LoginPage login = desk.loginFor("/desk/login.xhtml");
        login.submit(moderator, "not-the-password");

        String message = login.messageNextToPassword();
        desk.screenshot("desk-login-refused.png");
        assertTrue(message.contains("wrong password"), message);
        assertTrue(desk.url().contains("/desk/login.xhtml"));
    }

    @Test
    void an_empty_login_form_shows_what_is_missing_next_to_each_field() {
        List<String> messages = desk.loginFor("/desk/login.xhtml").submitEmpty(2);
        assertTrue(messages.get(0).contains("user name"), messages.get(0));
        assertTrue(messages.get(1).contains("password"), messages.get(1));
    }

    @Test
    void a_fact_checker_claims_and_rates_an_item_on_the_workbench() throws IOException {
        // A region of its own: the fact-checker's workbench lists its organisation's regions, and so only this item.
        String region = Fixtures.freshRegion();
        String partner = "Browser partner " + UUID.randomUUID().toString().substring(0, 6);
        api.controlOk("/api/test/partners", new Form().param("name", partner)
                .param("languages", "en").param("regions", region));
        String checker = "fc-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(checker, PASSWORD, "FACT_CHECKER", partner);
        String item = Fixtures.predicted(api, api.token("content:write,signals:write", null), itemOnItsOwnDomain(region));

        desk.loginFor(WorkbenchPage.PATH).logIn(checker, PASSWORD);
        WorkbenchPage workbench = WorkbenchPage.open(desk);
        assertEquals(item, workbench.claim(item));

        workbench.rate(Verdict.FALSE, "The claim made by " + item, "https://factcheck.example/" + item,
                "No evidence supports it.");
        desk.screenshot("workbench-rated.png");

        String token = api.token("distribution:read", null);
        assertEquals(0.2, api.postJsonOk("/api/v1/distribution", token, Fixtures.distributionOf(item))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("multiplier").doubleValue(), 1e-9);
    }

    @Test
    void the_enqueue_form_shows_each_missing_criterion_next_to_its_field() throws IOException {
        String moderator = "mod-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(moderator, PASSWORD, "MODERATOR");
        String token = api.token("content:write", null);
        String politician = "browser-pol-" + UUID.randomUUID().toString().substring(0, 8);
        api.postJsonOk("/api/v1/content", token, Fixtures.items(Fixtures.content(politician).text("A speech")
                .author("senator-x", "POLITICIAN").postedAt(Instant.now().minusSeconds(60))));

        desk.loginFor(EnqueuePage.PATH).logIn(moderator, PASSWORD);
        EnqueuePage enqueue = EnqueuePage.open(desk);
        enqueue.enqueue(politician, "Escalated by the campaign's election desk.");

        assertTrue(enqueue.problemWith("contentId").contains("politicians and campaigns are not fact-checked"));
        assertTrue(enqueue.problemWith("issueId").contains("issue of importance"));
        assertTrue(enqueue.problemWith("externalSignal").contains("external signal of falsity"));
        desk.screenshot("enqueue-refused.png");
    }

    @Test
    void a_moderators_imminent_harm_removal_needs_an_exception_that_covers_the_item() throws IOException {
        String moderator = "mod-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(moderator, PASSWORD, "MODERATOR");
        String token = api.token("content:write", null);
        String item = "browser-polio-" + UUID.randomUUID().toString().substring(0, 8);
        api.postJsonOk("/api/v1/content", token, Fixtures.items(Fixtures.content(item)
                .text("Chase the polio vaccinators away").author("a1", "PERSON").region("PK")
                .postedAt(Instant.now().minusSeconds(60))));

        desk.loginFor(ItemPage.path(item)).logIn(moderator, PASSWORD);
        ItemPage page = ItemPage.open(desk, item);
        page.remove("IMMINENT_HARM", "imminent-harm", "incites violence against vaccinators");
        assertTrue(page.problemWith("exception").contains("specialist's call"));
        desk.screenshot("removal-refused.png");

        page.removeUnder("IMMINENT_HARM", "imminent-harm", "polio-pk-af",
                "Polio misinformation in Pakistan and Afghanistan", "incites violence against vaccinators");
        page.awaitMultiplier("0.0");
        assertTrue(page.reasons().contains("REMOVED: incites violence against"
                + " vaccinators (moderator removal under the exception: Polio misinformation in Pakistan and Afghanistan)"
                + " (imminent-harm@v1)"), page.reasons());
        desk.screenshot("removal-done.png");
    }

    /**
     * An item of the usual shape with a domain of its own: other test classes rate items on www.example.org
     * False, which makes that domain a repeat offender (R8) and would halve this item's multiplier again.
     */
    private static Fixtures.Content itemOnItsOwnDomain(String region) {
        String id = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        return Fixtures.claim(id, 10_000, Instant.now().minusSeconds(3600)).url("https://" + domainOf(id) + "/story")
                .region(region);
    }

    private static String domainOf(String item) {
        return "news-" + item + ".test";
    }
}
