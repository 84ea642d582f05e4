package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.veracity.it.support.Browser;
import org.veracity.it.support.VeracityIT;

/**
 * R20 in a real browser: someone reports through the public form (a bad e-mail address is refused next to its
 * field), a specialist decides the escalation in the desk, and the public status page shows the decision.
 */
class EscalationsBrowserIT extends VeracityIT {

    private static final Path OUT = Path.of("target", "browser");
    private static final String PASSWORD = "a-long-test-password";
    private static final String POLICY = "militarized-language-polling-places";

    WebDriver browser;
    WebDriverWait wait;
    String suffix;

    @BeforeEach
    void open() throws IOException {
        browser = Browser.open(OUT);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_public_report_is_decided_in_the_desk_and_its_status_page_shows_the_decision() throws Exception {
        browser.get(api.base() + "/transparency/escalate.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("escalate:email"))).sendKeys("not-an-address");
        browser.findElement(By.id("escalate:items")).sendKeys("https://video.example/watch?v=army-" + suffix);
        choose("escalate:policy", POLICY, "Militarized language near polling places");
        browser.findElement(By.id("escalate:description")).sendKeys("A video recruiting an army for election day");
        Thread.sleep(3_500); // a person takes a few seconds; the form refuses what comes back sooner
        browser.findElement(By.id("escalate:sendButton")).click();
        assertTrue(messageNextTo("escalate:email").contains("must be an e-mail address"), "bad e-mail refused");
        Browser.screenshot(browser, OUT.resolve("public-escalation-refused.png"));

        WebElement email = browser.findElement(By.id("escalate:email"));
        email.clear();
        email.sendKeys("voter-" + suffix + "@example.org");
        browser.findElement(By.id("escalate:sendButton")).click();
        String trackingId = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trackingId"))).getText();
        String statusLink = browser.findElement(By.id("statusLink")).getAttribute("href");
        assertTrue(trackingId.startsWith("ESC-"), trackingId);
        assertTrue(statusLink.contains("/transparency/escalation.xhtml?id=" + trackingId + "&key="), statusLink);
        Browser.screenshot(browser, OUT.resolve("public-escalation-received.png"));

        String specialist = "esc-browser-" + suffix;
        api.createUser(specialist, PASSWORD, "SPECIALIST");
        browser.get(api.base() + "/desk/login.xhtml");
        Browser.logIn(browser, wait, specialist, PASSWORD);
        browser.get(api.base() + "/desk/escalations.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue"), trackingId));
        assertTrue(browser.findElement(By.id("queue")).getText().contains("public (no organisation)"));
        choose("triage:escalation", trackingId, null);
        choose("triage:action", "NO_VIOLATION", "no violation");
        browser.findElement(By.id("triage:rationale")).sendKeys("The video asks for poll watchers without intimidation.");
        browser.findElement(By.id("triage:decideButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("top"), "Escalation " + trackingId + " decided"));
        Browser.screenshot(browser, OUT.resolve("desk-escalation-decided.png"));

        browser.get(statusLink);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decisionAction")));
        assertEquals("DECIDED", browser.findElement(By.id("status")).getText());
        assertEquals("no violation", browser.findElement(By.id("decisionAction")).getText());
        assertEquals(POLICY + "@v1", browser.findElement(By.id("decisionPolicyVersion")).getText());
        assertEquals("The video asks for poll watchers without intimidation.",
                browser.findElement(By.id("decisionRationale")).getText());
        Browser.screenshot(browser, OUT.resolve("public-escalation-status.png"));

        browser.get(statusLink.replaceAll("key=[^&]+", "key=wrong"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("missing")));
    }

    /** Chooses an option of a PrimeFaces select menu through its widget (see DeskBrowserIT). */
    private void choose(String menuId, String value, String label) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(menuId)));
        ((JavascriptExecutor) browser).executeScript(
                "const w = Object.values(PrimeFaces.widgets).find(x => x && x.id === arguments[0]);"
                        + " w.selectValue(arguments[1]);", menuId, value);
        if (label != null) {
            wait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
        }
    }

    private String messageNextTo(String inputId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[@id='" + inputId
                + "']/ancestor::div[contains(@class,'field')]//*[contains(@class,'ui-message-error-detail')]"))).getText();
    }
}
