package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
import org.veracity.it.support.Browser;
import org.veracity.it.support.VeracityIT;

/** R18 in a real browser: a specialist opens a coordination case and suspends its accounts. */
class CoordinationBrowserIT extends VeracityIT {

    private static final Path OUT = Path.of("target", "browser");
    private static final String PASSWORD = "a-long-test-password";
    private static final int ACCOUNTS = 21;

    WebDriver browser;
    WebDriverWait wait;
    String suffix;
    String specialist;

    @BeforeEach
    void open() throws IOException {
        browser = Browser.open(OUT);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        suffix = UUID.randomUUID().toString().substring(0, 8);
        specialist = "spec-" + suffix;
        api.createUser(specialist, PASSWORD, "SPECIALIST");
        browser.get(api.base() + "/desk/login.xhtml");
        Browser.logIn(browser, wait, specialist, PASSWORD);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_specialist_opens_the_case_and_suspends_its_accounts() throws IOException {
        long caseId = openCase();
        browser.get(api.base() + "/desk/coordination.xhtml");
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Case " + caseId)));
        Browser.screenshot(browser, OUT.resolve("desk-coordination.png"));
        link.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-id"), Long.toString(caseId)));
        assertTrue(browser.findElement(By.id("shared-text")).getText().contains("park cleanup " + letters()));
        assertEquals("OPEN", browser.findElement(By.id("case-status")).getText());
        String accounts = browser.findElement(By.id("accounts")).getText();
        for (int k = 0; k < ACCOUNTS; k++) {
            assertTrue(accounts.contains("helper-" + suffix + "-" + k), "account " + k + " listed");
        }

        browser.findElement(By.id("decide:suspendButton")).click();
        assertTrue(wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[@id='decide:reason']"
                + "/ancestor::div[contains(@class,'field')]//*[contains(@class,'ui-message-error-detail')]")))
                .getText().contains("required"), "a reason is required");

        browser.findElement(By.id("decide:reason")).sendKeys("paid network posting one script");
        browser.findElement(By.id("decide:suspendButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "SUSPENDED"));
        Browser.screenshot(browser, OUT.resolve("desk-coordination-case-suspended.png"));
        String after = browser.findElement(By.id("accounts")).getText();
        assertEquals(ACCOUNTS, after.split("suspended", -1).length - 1, after);
        assertTrue(browser.getPageSource().contains("coordinated-behaviour@v1"));

        browser.get(api.base() + "/desk/suspensions.xhtml");
        String suspensions = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("suspensions"))).getText();
        assertTrue(suspensions.contains("helper-" + suffix + "-0"));
        assertTrue(suspensions.contains("Coordinated posting, case " + caseId));

        // The public figures count the decision.
        browser.get(api.base() + "/transparency/coordination.xhtml");
        String outcomes = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcomes"))).getText();
        assertTrue(outcomes.matches("(?s).*Accounts suspended [1-9][0-9]*.*"), outcomes);
        assertTrue(Long.parseLong(browser.findElement(By.id("decided")).getText()) >= 1);

        // A suspended account's next post is removed at intake (R16).
        String writer = api.token("content:write", null);
        JsonObject answer = api.postJsonOk("/api/v1/content", writer, "{\"items\":[" + CoordinationIT.post(
                "helper-" + suffix + "-next", "helper-" + suffix + "-0", Instant.now().minusSeconds(5),
                "Another day another post") + "]}");
        assertEquals("REMOVED", answer.getJsonArray("results").getJsonObject(0).getString("status"));
    }

    private long openCase() {
        String writer = api.token("content:write", null);
        String reader = api.token("content:read", null);
        Instant start = Instant.parse("2021-09-01T00:00:00Z").plus(Duration.ofMinutes(Math.floorMod(suffix.hashCode(),
                400_000)));
        StringBuilder items = new StringBuilder();
        for (int k = 0; k < ACCOUNTS; k++) {
            items.append(k == 0 ? "" : ",").append(CoordinationIT.post("helper-" + suffix + "-post-" + k,
                    "helper-" + suffix + "-" + k, start.plus(Duration.ofMinutes(k)), List.of(
                            "Come to the park cleanup " + letters() + " this Saturday and bring your neighbours",
                            "come to the park cleanup " + letters() + " this saturday, bring your neighbours!!")
                            .get(k % 2)));
        }
        api.postJsonOk("/api/v1/content", writer, "{\"items\":[" + items + "]}");
        JsonObject page = api.getJsonOk("/api/v1/coordination/cases?limit=100", reader);
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getJsonArray("accounts").toString().contains("helper-" + suffix + "-0"))
                .findFirst().orElseThrow(() -> new AssertionError("no case opened: " + page)).getJsonNumber("id")
                .longValue();
    }

    private String letters() {
        StringBuilder s = new StringBuilder();
        for (char ch : suffix.toCharArray()) {
            s.append((char) ('a' + Character.digit(ch, 16)));
        }
        return s.toString();
    }
}
