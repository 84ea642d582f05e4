package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.veracity.it.support.Api;
import org.veracity.it.support.VeracityIT;
import org.veracity.it.support.Browser;

/** What a moderator does in a real browser: log in at /desk/ and see the fact-check queue with multipliers. */
class DeskBrowserIT extends VeracityIT {

    private static final Path OUT = Path.of("target", "browser");
    private static final String PASSWORD = "a-long-demo-password";

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void open() throws IOException {
        browser = Browser.open(OUT);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_moderator_logs_in_and_sees_a_predicted_item_in_the_queue_at_half_distribution() throws IOException {
        String moderator = "mod-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(moderator, PASSWORD, "MODERATOR");
        String item = predictedItem();

        browser.get(api.base() + "/desk/");
        wait.until(ExpectedConditions.urlContains("/desk/login.xhtml"));
        Browser.logIn(browser, wait, moderator, PASSWORD);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"), moderator));
        WebElement row = rowOf(item);
        Browser.screenshot(browser, OUT.resolve("desk-queue.png"));
        assertEquals("0.5", row.findElement(By.cssSelector(".multiplier")).getText());
        assertTrue(row.getText().contains("PREDICTED"), row.getText());

        browser.get(api.base() + "/desk/jobs.xhtml");
        assertTrue(browser.getPageSource().contains("403") || browser.getPageSource().contains("Forbidden"),
                "the jobs page is for admins only: " + browser.getTitle());
    }

    @Test
    void an_admin_reads_the_timetable_starts_the_expiry_by_hand_and_finds_its_outcome_in_the_history() throws IOException {
        // The night a (pretend) instance "night-shift/server" claimed for the weekly rebuild.
        api.fixClockAt(Instant.parse("2098-06-01T03:00:00Z"));
        assertEquals("true", api.controlOk("/api/test/jobs/rebuild-exemption-list/claim", new jakarta.ws.rs.core.Form()
                .param("instance", "night-shift/server")));
        api.resetClock();
        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(admin, PASSWORD, "ADMIN");
        browser.get(api.base() + "/desk/login.xhtml");
        Browser.logIn(browser, wait, admin, PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"), admin));

        browser.get(api.base() + "/desk/jobs.xhtml");
        WebElement timetable = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("jobs:timetable")));
        for (String job : List.of("expire-demotions", "rebuild-exemption-list", "verify-audit-chain")) {
            assertTrue(timetable.getText().contains(job), timetable.getText());
        }
        WebElement rebuild = timetable.findElement(By.xpath(".//tr[.//*[text()='rebuild-exemption-list']]"));
        assertTrue(rebuild.findElement(By.cssSelector(".last-scheduled")).getText().endsWith(" by night-shift/server"),
                rebuild.getText());

        browser.findElement(By.id("jobs:start-expiry")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jobs:messages"), "Started expire-demotions"));
        // The page polls every 3 s; the run lands in the history with the job's own account of what it did.
        // A poll may re-render the table between finding a row and reading it: look again then.
        WebElement latest = wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            WebElement row = d.findElement(By.cssSelector("#jobs\\:history_data tr:first-child"));
            return row.getText().contains("COMPLETED") ? row : null;
        });
        // The run times of the ended executions, as a chart (Chart.js draws on a canvas).
        WebElement chart = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#jobs\\:duration-chart canvas")));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", chart);
        Browser.screenshot(browser, OUT.resolve("desk-jobs.png"));
        assertTrue(latest.getText().contains("expire-demotions"), latest.getText());
        assertTrue(latest.findElement(By.cssSelector(".job-exit")).getText().matches("closed \\d+, 0 left, as of .*"),
                latest.getText());
    }

    @Test
    void a_wrong_password_is_refused_with_a_message_next_to_the_password_field() throws IOException {
        String moderator = "mod-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(moderator, PASSWORD, "MODERATOR");
        browser.get(api.base() + "/desk/login.xhtml");
        Browser.submitLogin(browser, wait, moderator, "not-the-password");

        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//input[@id='login:password']/ancestor::div[contains(@class,'field')]"
                        + "//*[contains(@class,'ui-message-error-detail')]")));
        Browser.screenshot(browser, OUT.resolve("desk-login-refused.png"));
        assertTrue(message.getText().contains("wrong password"), message.getText());
        assertTrue(browser.getCurrentUrl().contains("/desk/login.xhtml"));
    }

    @Test
    void an_empty_login_form_shows_what_is_missing_next_to_each_field() {
        browser.get(api.base() + "/desk/login.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("login:submit"))).click();
        List<WebElement> messages = wait.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#login .field .ui-message-error"), 2));
        assertTrue(messages.get(0).getText().contains("user name"), messages.get(0).getText());
        assertTrue(messages.get(1).getText().contains("password"), messages.get(1).getText());
    }

    @Test
    void a_fact_checker_claims_and_rates_an_item_on_the_workbench() throws IOException {
        String partner = "Browser partner " + UUID.randomUUID().toString().substring(0, 6);
        api.controlOk("/api/test/partners", new jakarta.ws.rs.core.Form().param("name", partner)
                .param("languages", "en").param("regions", "US"));
        String checker = "fc-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(checker, PASSWORD, "FACT_CHECKER", partner);
        String item = predictedItem();

        browser.get(api.base() + "/desk/workbench.xhtml");
        Browser.logIn(browser, wait, checker, PASSWORD);
        browser.get(api.base() + "/desk/workbench.xhtml");
        WebElement row = rowOf(item);
        row.findElement(By.cssSelector(".claim")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rating-item")));
        assertEquals(item, browser.findElement(By.id("rating-item")).getText());

        choose("rate:rating", "FALSE", "FALSE");
        browser.findElement(By.id("rate:claim")).sendKeys("The claim made by " + item);
        browser.findElement(By.id("rate:articleUrl")).sendKeys("https://factcheck.example/" + item);
        browser.findElement(By.id("rate:summary")).sendKeys("No evidence supports it.");
        browser.findElement(By.id("rate:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("work:messages"), "Rated " + item + " FALSE"));
        Browser.screenshot(browser, OUT.resolve("workbench-rated.png"));

        String token = api.token("distribution:read", null);
        assertEquals(0.2, api.postJsonOk("/api/v1/distribution", token, "{\"ids\":[\"" + item + "\"]}")
                .getJsonArray("items").getJsonObject(0).getJsonNumber("multiplier").doubleValue(), 1e-9);
    }

    @Test
    void the_enqueue_form_shows_each_missing_criterion_next_to_its_field() throws IOException {
        String moderator = "mod-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(moderator, PASSWORD, "MODERATOR");
        String token = api.token("content:write", null);
        String politician = "browser-pol-" + UUID.randomUUID().toString().substring(0, 8);
        api.postJsonOk("/api/v1/content", token, "{\"items\":[{\"id\":\"" + politician + "\",\"text\":\"A speech\","
                + "\"authorId\":\"senator-x\",\"authorKind\":\"POLITICIAN\",\"postedAt\":\""
                + Instant.now().minusSeconds(60) + "\"}]}");

        browser.get(api.base() + "/desk/enqueue.xhtml");
        Browser.logIn(browser, wait, moderator, PASSWORD);
        browser.get(api.base() + "/desk/enqueue.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("enqueue:contentId"))).sendKeys(politician);
        browser.findElement(By.id("enqueue:evidenceNote")).sendKeys("Escalated by the campaign's election desk.");
        browser.findElement(By.id("enqueue:submit")).click();

        assertTrue(messageNextTo("enqueue:contentId").contains("politicians and campaigns are not fact-checked"));
        assertTrue(messageNextTo("enqueue:issueId").contains("issue of importance"));
        assertTrue(messageNextTo("enqueue:externalSignal").contains("external signal of falsity"));
        Browser.screenshot(browser, OUT.resolve("enqueue-refused.png"));
    }

    @Test
    void a_moderators_imminent_harm_removal_needs_an_exception_that_covers_the_item() throws IOException {
        String moderator = "mod-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(moderator, PASSWORD, "MODERATOR");
        String token = api.token("content:write", null);
        String item = "browser-polio-" + UUID.randomUUID().toString().substring(0, 8);
        api.postJsonOk("/api/v1/content", token, "{\"items\":[{\"id\":\"" + item + "\",\"text\":\"Chase the"
                + " polio vaccinators away\",\"authorId\":\"a1\",\"authorKind\":\"PERSON\",\"region\":\"PK\","
                + "\"postedAt\":\"" + Instant.now().minusSeconds(60) + "\"}]}");

        browser.get(api.base() + "/desk/item.xhtml?id=" + item);
        Browser.logIn(browser, wait, moderator, PASSWORD);
        browser.get(api.base() + "/desk/item.xhtml?id=" + item);
        choose("removal:category", "IMMINENT_HARM", "imminent-harm");
        browser.findElement(By.id("removal:reason")).sendKeys("incites violence against vaccinators");
        browser.findElement(By.id("removal:remove")).click();
        assertTrue(messageNextTo("removal:exception").contains("specialist's call"));
        Browser.screenshot(browser, OUT.resolve("removal-refused.png"));

        choose("removal:category", "IMMINENT_HARM", "imminent-harm");
        choose("removal:exception", "polio-pk-af", "Polio misinformation in Pakistan and Afghanistan");
        browser.findElement(By.id("removal:reason")).clear();
        browser.findElement(By.id("removal:reason")).sendKeys("incites violence against vaccinators");
        browser.findElement(By.id("removal:remove")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("multiplier-now"), "0.0"));
        assertTrue(browser.findElement(By.id("reasons")).getText().contains("REMOVED: incites violence against"
                + " vaccinators (moderator removal under the exception: Polio misinformation in Pakistan and Afghanistan)"
                + " (imminent-harm@v1)"), browser.findElement(By.id("reasons")).getText());
        Browser.screenshot(browser, OUT.resolve("removal-done.png"));
    }

    /**
     * Chooses an option of a PrimeFaces select menu through the menu's own widget, as its click handler
     * would, and waits until the menu shows it. Clicking the overlay panel proved flaky in headless
     * Chromium (PrimeFaces closes it on scroll and animates it open); what these tests check is what the
     * server does with the choice.
     */
    private void choose(String menuId, String value, String label) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(menuId)));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const w = Object.values(PrimeFaces.widgets).find(x => x && x.id === arguments[0]);"
                        + " w.selectValue(arguments[1]);", menuId, value);
        wait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
    }

    private String messageNextTo(String inputId) {
        try {
            return messageNextTo0(inputId);
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                java.nio.file.Files.writeString(OUT.resolve("no-message-" + inputId.replace(':', '-') + ".html"),
                        browser.getPageSource());
            } catch (IOException ignored) {
                // the timeout is what matters
            }
            throw e;
        }
    }

    private String messageNextTo0(String inputId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[@id='" + inputId
                + "']/ancestor::div[contains(@class,'field')]//*[contains(@class,'ui-message-error-detail')]"))).getText();
    }

    private WebElement rowOf(String item) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[.//a[contains(@class,'content-id') and text()='" + item + "']]")));
    }


    private String predictedItem() {
        String token = api.token("content:write,signals:write", null);
        String id = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        // Shared fast: R7 orders the queue by share velocity, and other test classes leave dozens of items
        // there at 50 shares an hour; this one must be on the first page.
        // Its own domain: other test classes rate items on www.example.org False, which makes that domain a repeat
        // offender (R8) and would halve this item's multiplier again.
        api.postJsonOk("/api/v1/content", token, "{\"items\":["
                + Api.item(id, "https://news-" + id + ".test/story", "author-" + id, 10_000, now.minusSeconds(3600))
                        .replace("\"shares\":50", "\"shares\":5000") + "]}");
        api.postJsonOk("/api/v1/signals", token, "{\"signals\":["
                + IntegratorApiIT.signal(id + "-x", id, "EXTERNAL_FALSITY", 3, now) + "]}");
        return id;
    }
}
