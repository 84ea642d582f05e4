package org.veracity.it.support.desk;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** R20's public form (/transparency/escalate.xhtml): anyone reports items under a policy, no login. */
public final class EscalatePage {

    private final DeskBrowser b;

    private EscalatePage(DeskBrowser b) {
        this.b = b;
    }

    public static EscalatePage open(DeskBrowser b) {
        b.go("/transparency/escalate.xhtml");
        b.visible("escalate:email");
        return new EscalatePage(b);
    }

    /** Fills in the report; sending it is a separate step, as a person reads it over first. */
    public void fillIn(String email, String items, String policy, String policyLabel, String description) {
        b.type("escalate:email", email);
        b.type("escalate:items", items);
        b.choose("escalate:policy", policy, policyLabel);
        b.type("escalate:description", description);
    }

    public void correctEmail(String email) {
        b.retype("escalate:email", email);
    }

    public void send() {
        b.press("escalate:sendButton");
    }

    public String problemWith(String field) {
        return b.messageNextTo("escalate:" + field);
    }

    /** The tracking id the page shows once the report is received. */
    public String trackingId() {
        return b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("trackingId"))).getText();
    }

    /** The link to the report's status page, with its key. */
    public String statusLink() {
        return b.find("statusLink").getAttribute("href");
    }
}
