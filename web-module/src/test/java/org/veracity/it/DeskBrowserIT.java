package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.veracity.it.support.Api;
import org.veracity.it.support.Browser;
import org.veracity.it.support.Deployments;

/** What a moderator does in a real browser: log in at /desk/ and see the fact-check queue with multipliers. */
@ExtendWith(ArquillianExtension.class)
class DeskBrowserIT {

    private static final Path OUT = Path.of("target", "browser");
    private static final String PASSWORD = "a-long-demo-password";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.veracity();
    }

    @ArquillianResource
    URL base;

    Api api;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void open() throws IOException {
        api = new Api(base);
        browser = Browser.open(OUT);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        api.close();
    }

    @Test
    void a_moderator_logs_in_and_sees_a_predicted_item_in_the_queue_at_half_distribution() throws IOException {
        String moderator = "mod-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(moderator, PASSWORD, "MODERATOR");
        String item = predictedItem();

        browser.get(api.base() + "/desk/");
        wait.until(ExpectedConditions.urlContains("/desk/login.xhtml"));
        logIn(moderator, PASSWORD);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"), moderator));
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[.//span[@class='content-id' and text()='" + item + "']]")));
        Browser.screenshot(browser, OUT.resolve("desk-queue.png"));
        assertEquals("0.5", row.findElement(By.cssSelector(".multiplier")).getText());
        assertTrue(row.getText().contains("PREDICTED"), row.getText());
    }

    @Test
    void a_wrong_password_is_refused_with_a_message_next_to_the_password_field() throws IOException {
        String moderator = "mod-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(moderator, PASSWORD, "MODERATOR");
        browser.get(api.base() + "/desk/login.xhtml");
        logIn(moderator, "not-the-password");

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

    private void logIn(String username, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    private String predictedItem() {
        String token = api.token("content:write,signals:write", null);
        String id = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        api.postJsonOk("/api/v1/content", token, "{\"items\":[" + Api.item(id, 10_000, now.minusSeconds(3600)) + "]}");
        api.postJsonOk("/api/v1/signals", token, "{\"signals\":["
                + IntegratorApiIT.signal(id + "-x", id, "EXTERNAL_FALSITY", 3, now) + "]}");
        return id;
    }
}
