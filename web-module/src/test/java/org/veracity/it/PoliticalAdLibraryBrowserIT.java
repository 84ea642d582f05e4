package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/** R19 in a real browser: the public ad library renders without a login, the rejected ads with their reason. */
class PoliticalAdLibraryBrowserIT extends VeracityIT {

    private static final Path OUT = Path.of("target", "browser");

    WebDriver browser;

    @BeforeEach
    void open() throws IOException {
        browser = Browser.open(OUT);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anyone_sees_the_ad_library_with_advertiser_paid_for_by_reach_and_the_rejected_ad_with_its_reason() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String integrator = api.token("content:write", null);
        Instant posted = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(1));
        String running = "{\"id\":\"lib-ok-" + suffix + "\",\"text\":\"Vote Lee " + suffix + "\",\"authorId\":\"lee-"
                + suffix + "\",\"authorKind\":\"POLITICIAN\",\"region\":\"US\",\"language\":\"en\",\"postedAt\":\""
                + posted + "\",\"views\":4321,\"shares\":0,\"ad\":true,\"sponsor\":\"Lee Committee " + suffix + "\"}";
        String rejected = "{\"id\":\"lib-no-" + suffix + "\",\"text\":\"Vote Lee now " + suffix + "\",\"authorId\":\"lee-"
                + suffix + "\",\"authorKind\":\"POLITICIAN\",\"region\":\"US\",\"language\":\"en\",\"postedAt\":\""
                + posted + "\",\"views\":0,\"shares\":0,\"ad\":true}";
        api.postJsonOk("/api/v1/content", integrator, "{\"items\":[" + running + "," + rejected + "]}");

        browser.get(api.base() + "/transparency/political-ads.xhtml");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ads")));
        Browser.screenshot(browser, OUT.resolve("political-ad-library.png"));
        assertEquals("Political ad library", browser.findElement(By.tagName("h1")).getText());
        WebElement ok = row(table, "Vote Lee " + suffix);
        assertTrue(ok.getText().contains("Lee Committee " + suffix), ok.getText());
        assertTrue(ok.getText().contains("4321"), ok.getText());
        assertTrue(ok.getText().contains("RUNNING"), ok.getText());
        WebElement no = row(table, "Vote Lee now " + suffix);
        assertTrue(no.getText().contains("REJECTED"), no.getText());
        assertTrue(no.getText().contains("needs a \"paid for by\" disclosure"), no.getText());
        assertTrue(no.getText().contains("not reported"), "reach the platform did not send: " + no.getText());
        assertTrue(browser.manage().getCookieNamed("JSESSIONID") == null, "a public page opens no session");
        assertTrue(browser.findElement(By.id("library-csv")).getAttribute("href").endsWith("format=csv"));
    }

    private static WebElement row(WebElement table, String text) {
        return table.findElements(By.cssSelector("tbody tr")).stream().filter(r -> r.getText().contains(text))
                .findFirst().orElseThrow(() -> new AssertionError("no row with " + text + " in " + table.getText()));
    }
}
