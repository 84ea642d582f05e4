package org.veracity.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver; nothing is downloaded). When they
 * are missing the browser tests fail if {@code veracity.it.requireBrowser} is true (CI) and are
 * skipped loudly otherwise.
 */
public final class Browser {

    private Browser() {
    }

    public static WebDriver open(Path workDir) throws IOException {
        File chromium = new File(System.getProperty("veracity.it.chromium", "/usr/bin/chromium"));
        File driver = new File(System.getProperty("veracity.it.chromedriver", "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !driver.canExecute()) {
            String why = "Chromium (" + chromium + ") or ChromeDriver (" + driver + ") is not installed";
            if (Boolean.getBoolean("veracity.it.requireBrowser")) {
                throw new IllegalStateException(why + " and veracity.it.requireBrowser=true");
            }
            System.err.println("\n*** SKIPPED: " + why + "; browser tests did not run (apt-get install chromium chromium-driver). ***\n");
            Assumptions.abort(why);
        }
        Path profile = Files.createTempDirectory(Files.createDirectories(workDir), "chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(chromium).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver)
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    /** Keeps what the browser showed, for a person to look at after a run. */
    public static void screenshot(WebDriver driver, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Fills the desk's login form the browser shows and waits until the desk names the user: a click does not
     * wait for the login's round trip, and a page requested before it ends aborts the login.
     */
    public static void logIn(WebDriver driver, WebDriverWait wait, String username, String password) {
        submitLogin(driver, wait, username, password);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"), username));
    }

    /** Fills and sends the login form without waiting for the outcome: for logins that are meant to be refused. */
    public static void submitLogin(WebDriver driver, WebDriverWait wait, String username, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
    }
}
