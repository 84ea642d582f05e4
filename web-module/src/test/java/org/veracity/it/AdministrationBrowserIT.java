package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Form;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
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

/** Issue 9 in Chromium: an admin creates a fact-checker, who must choose a password and then sees only its work. */
class AdministrationBrowserIT extends VeracityIT {

    private static final Path OUT = Path.of("target", "browser");
    private static final String PASSWORD = "a-long-browser-password";

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void open() throws IOException {
        browser = Browser.open(OUT);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void an_admin_creates_a_fact_checker_who_must_choose_a_password_and_then_sees_only_the_workbench() throws IOException {
        String partner = "Browser checkers " + UUID.randomUUID().toString().substring(0, 6);
        api.controlOk("/api/test/partners", new Form().param("name", partner).param("languages", "en")
                .param("regions", "US"));
        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(admin, PASSWORD, "ADMIN");
        String checker = "fc-" + UUID.randomUUID().toString().substring(0, 8);
        String temporary = "temporary-" + UUID.randomUUID().toString().substring(0, 8);

        browser.get(api.base() + "/desk/login.xhtml");
        Browser.logIn(browser, wait, admin, PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"), admin));
        browser.findElement(By.linkText("Users")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("create:username"))).sendKeys(checker);
        browser.findElement(By.id("create:displayName")).sendKeys("Casey Checker");
        browser.findElement(By.id("create:password")).sendKeys(temporary);
        browser.findElement(By.xpath("//*[@id='create:roles']//label[text()='FACT_CHECKER']")).click();
        choose("create:organisation", partner, partner);
        browser.findElement(By.id("create:createButton")).click();
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[.//span[@class='username' and text()='" + checker + "']]")));
        assertTrue(row.getText().contains("must choose a password"), row.getText());
        assertTrue(row.getText().contains(partner), row.getText());
        Browser.screenshot(browser, OUT.resolve("admin-users.png"));
        browser.findElement(By.id("session:logout")).click();

        wait.until(ExpectedConditions.urlContains("/desk/login.xhtml"));
        Browser.submitLogin(browser, wait, checker, temporary);
        wait.until(ExpectedConditions.urlContains("/desk/password.xhtml"));
        assertTrue(browser.findElement(By.id("must-change")).isDisplayed());
        String own = "my-own-password-" + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("password:current")).sendKeys(temporary);
        browser.findElement(By.id("password:password")).sendKeys(own);
        browser.findElement(By.id("password:repeat")).sendKeys(own);
        browser.findElement(By.id("password:change")).click();

        wait.until(ExpectedConditions.urlContains("/desk/workbench.xhtml"));
        Browser.screenshot(browser, OUT.resolve("fact-checker-workbench.png"));
        List<String> menu = browser.findElements(By.cssSelector("header nav a")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Fact-check queue", "Workbench", "Enqueue", "Disputes", "Password", "Public pages"), menu);

        browser.get(api.base() + "/desk/suspensions.xhtml");
        assertFalse(browser.getPageSource().contains("Account suspensions</h1>"), "suspensions are for staff");
        browser.get(api.base() + "/desk/users.xhtml");
        assertFalse(browser.getPageSource().contains("Desk users</h1>"), "users are for admins");

        browser.get(api.base() + "/desk/login.xhtml");
        browser.manage().deleteAllCookies();
        browser.get(api.base() + "/desk/login.xhtml");
        Browser.submitLogin(browser, wait, checker, temporary);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login .ui-message-error-detail")));
        assertTrue(browser.getCurrentUrl().contains("/desk/login.xhtml"), "the temporary password worked only once");
    }

    /** Chooses a PrimeFaces select menu option through its widget, as DeskBrowserIT does (the overlay is flaky headless). */
    private void choose(String menuId, String value, String label) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(menuId)));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const w = Object.values(PrimeFaces.widgets).find(x => x && x.id === arguments[0]);"
                        + " w.selectValue(arguments[1]);", menuId, value);
        wait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
    }

}
