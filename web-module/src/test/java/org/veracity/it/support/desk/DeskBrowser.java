package org.veracity.it.support.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.veracity.it.support.Browser;

/**
 * One real Chromium on Veracity's desk and public pages, and what every page object needs from it: going to a
 * page, typing, pressing, choosing from a PrimeFaces menu, reading the message next to a field, each waiting
 * for the page to answer. Screenshots land in {@code target/browser} for a person to look at after a run.
 */
public final class DeskBrowser implements AutoCloseable {

    public static final Path OUT = Path.of("target", "browser");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;

    private DeskBrowser(WebDriver driver, Duration patience, String base) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, patience);
        this.base = base;
    }

    /** Opens Chromium (or skips the test when it is missing, see {@link Browser#open}). */
    public static DeskBrowser open(String base, Duration patience) throws IOException {
        return new DeskBrowser(Browser.open(OUT), patience, base);
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    /** Goes to a path of the application ("/desk/rfh.xhtml"). */
    public void go(String path) {
        driver.get(base + path);
    }

    /** Goes to a page of the desk that asks for a login first; answers the login form it shows. */
    public LoginPage loginFor(String path) {
        go(path);
        return new LoginPage(this);
    }

    /** Logs in at the desk's login page. */
    public void logInAs(String username, String password) {
        loginFor("/desk/login.xhtml").logIn(username, password);
    }

    /** Presses "log out" and waits until the desk has let the user go. */
    public void logOut() {
        driver.findElement(By.id("session:logout")).click();
        wait.until(ExpectedConditions.or(ExpectedConditions.urlContains("login"),
                ExpectedConditions.urlContains("/transparency"), ExpectedConditions.urlContains("index")));
    }

    /** Forgets the browser's cookies, as a person handing the computer over would. */
    public void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    /** Follows a link of the desk's menu by its text. */
    public void follow(String linkText) {
        driver.findElement(By.linkText(linkText)).click();
    }

    /** The desk menu's entries, left to right. */
    public List<String> menu() {
        return driver.findElements(By.cssSelector("header nav a")).stream().map(WebElement::getText).toList();
    }

    /** Waits until the browser is on a page whose address contains {@code path}. */
    public void awaitPage(String path) {
        wait.until(ExpectedConditions.urlContains(path));
    }

    public void screenshot(String name) throws IOException {
        Browser.screenshot(driver, OUT.resolve(name));
    }

    public String source() {
        return driver.getPageSource();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    WebElement visible(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    String text(String id) {
        return find(id).getText();
    }

    void type(String id, String text) {
        find(id).sendKeys(text);
    }

    /** Replaces what the field holds. */
    void retype(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    void press(String id) {
        find(id).click();
    }

    /**
     * Finds the element again at every poll: an AJAX update can replace it between finding and reading, which
     * Chromium reports as a plain WebDriverException ("Node with given id does not belong to the document"), not as
     * a stale element, so the wait's own condition would fail instead of polling again.
     */
    void awaitText(String id, String text) {
        wait.until(d -> {
            try {
                return d.findElement(By.id(id)).getText().contains(text);
            } catch (NoSuchElementException | StaleElementReferenceException e) {
                return false;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        });
    }

    void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", element);
    }

    /**
     * Chooses an option of a PrimeFaces select menu through the menu's own widget, as its click handler
     * would, and waits until the menu shows it ({@code label} null: the label is not known in advance).
     * Clicking the overlay panel proved flaky in headless Chromium (PrimeFaces closes it on scroll and
     * animates it open); what the tests check is what the server does with the choice.
     */
    void choose(String menuId, String value, String label) {
        visible(menuId);
        ((JavascriptExecutor) driver).executeScript(
                "const w = Object.values(PrimeFaces.widgets).find(x => x && x.id === arguments[0]);"
                        + " w.selectValue(arguments[1]);", menuId, value);
        if (label != null) {
            wait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
        }
    }

    /** The error message the page shows next to a field; keeps the page's source when none comes. */
    String messageNextTo(String inputId) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[@id='" + inputId
                    + "']/ancestor::div[contains(@class,'field')]//*[contains(@class,'ui-message-error-detail')]")))
                    .getText();
        } catch (TimeoutException e) {
            try {
                Files.createDirectories(OUT);
                Files.writeString(OUT.resolve("no-message-" + inputId.replace(':', '-') + ".html"), source());
            } catch (IOException ignored) {
                // the timeout is what matters
            }
            throw e;
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
