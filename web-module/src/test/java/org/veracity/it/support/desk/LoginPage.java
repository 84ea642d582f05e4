package org.veracity.it.support.desk;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.veracity.it.support.Browser;

/** The desk's login form, which every desk page shows to someone not logged in. */
public final class LoginPage {

    private final DeskBrowser b;

    LoginPage(DeskBrowser b) {
        this.b = b;
    }

    /** The login form the browser shows now, e.g. after a logout. */
    public static LoginPage shown(DeskBrowser b) {
        return new LoginPage(b);
    }

    /** Logs in and waits until the desk names the user (see {@link Browser#logIn}). */
    public void logIn(String username, String password) {
        Browser.logIn(b.driver(), b.waiting(), username, password);
    }

    /** Sends the form without waiting for the outcome: for logins that are meant to be refused or redirected. */
    public void submit(String username, String password) {
        Browser.submitLogin(b.driver(), b.waiting(), username, password);
    }

    /** Presses "log in" on the empty form; answers the messages shown next to the fields, top to bottom. */
    public List<String> submitEmpty(int expectedMessages) {
        b.waiting().until(ExpectedConditions.elementToBeClickable(By.id("login:submit"))).click();
        return b.waiting().until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#login .field .ui-message-error"), expectedMessages)).stream().map(WebElement::getText)
                .toList();
    }

    public String messageNextToPassword() {
        return b.messageNextTo("login:password");
    }

    /** Waits for the refusal the form shows after a failed login. */
    public void awaitRefusal() {
        b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login .ui-message-error-detail")));
    }
}
