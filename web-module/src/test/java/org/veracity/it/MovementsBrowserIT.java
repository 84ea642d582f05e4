package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
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

/** R16 in a real browser: a specialist designates a movement and suspends an account, messages next to fields. */
class MovementsBrowserIT extends VeracityIT {

    private static final Path OUT = Path.of("target", "browser");
    private static final String PASSWORD = "a-long-test-password";

    WebDriver browser;
    WebDriverWait wait;
    String suffix;

    @BeforeEach
    void open() throws IOException {
        browser = Browser.open(OUT);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        suffix = UUID.randomUUID().toString().substring(0, 8);
        String specialist = "spec-" + suffix;
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
    void the_designate_form_shows_problems_next_to_their_fields_then_designates() throws IOException {
        browser.get(api.base() + "/desk/movements.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("designate:hashtags"))).sendKeys("#two words");
        browser.findElement(By.id("designate:designateButton")).click();
        assertTrue(messageNextTo("designate:name").contains("required"), "name");
        assertTrue(messageNextTo("designate:description").contains("required"), "description");

        String name = "Browser militia " + suffix;
        browser.findElement(By.id("designate:name")).sendKeys(name);
        browser.findElement(By.id("designate:description")).sendKeys("a militarized social movement");
        browser.findElement(By.id("designate:designateButton")).click();
        assertTrue(messageNextTo("designate:hashtags").contains("is not a single hashtag"), "hashtags");
        Browser.screenshot(browser, OUT.resolve("desk-movements-refused.png"));
        WebElement hashtags = browser.findElement(By.id("designate:hashtags"));
        hashtags.clear();
        hashtags.sendKeys("#Militia" + suffix);
        browser.findElement(By.id("designate:groupIds")).sendKeys("g-browser-" + suffix);
        browser.findElement(By.id("designate:designateButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("movements"), name));
        Browser.screenshot(browser, OUT.resolve("desk-movements.png"));
        assertTrue(browser.findElement(By.id("movements")).getText().contains("g-browser-" + suffix));
    }

    @Test
    void a_suspension_needs_an_end_or_permanent() {
        browser.get(api.base() + "/desk/suspensions.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("suspend:authorId"))).sendKeys("author-" + suffix);
        browser.findElement(By.id("suspend:reason")).sendKeys("organised a militia");
        browser.findElement(By.id("suspend:suspendButton")).click();
        assertTrue(messageNextTo("suspend:until").contains("required unless the suspension is permanent"));

        browser.findElement(By.cssSelector("#suspend\\:permanent .ui-chkbox-box")).click();
        browser.findElement(By.id("suspend:suspendButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("suspensions"), "author-" + suffix));
        assertTrue(browser.findElement(By.id("suspensions")).getText().contains("permanently"));
    }

    private String messageNextTo(String inputId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[@id='" + inputId
                + "']/ancestor::div[contains(@class,'field')]//*[contains(@class,'ui-message-error-detail')]"))).getText();
    }
}
