package org.veracity.it.support.desk;

import org.openqa.selenium.By;

/** R16: a specialist suspends an account until a date or permanently. */
public final class SuspensionsPage {

    public static final String PATH = "/desk/suspensions.xhtml";

    private final DeskBrowser b;

    private SuspensionsPage(DeskBrowser b) {
        this.b = b;
    }

    public static SuspensionsPage open(DeskBrowser b) {
        b.go(PATH);
        b.visible("suspend:authorId");
        return new SuspensionsPage(b);
    }

    /** Fills in the author and the reason, no end and not permanent, and presses "suspend". */
    public void suspend(String authorId, String reason) {
        b.type("suspend:authorId", authorId);
        b.type("suspend:reason", reason);
        b.press("suspend:suspendButton");
    }

    /** Ticks "permanent" and presses "suspend" again with what the form holds. */
    public void suspendPermanently() {
        b.driver().findElement(By.cssSelector("#suspend\\:permanent .ui-chkbox-box")).click();
        b.press("suspend:suspendButton");
    }

    public String problemWith(String field) {
        return b.messageNextTo("suspend:" + field);
    }

    /** Waits until the list of suspensions names the author; answers the list. */
    public String awaitListed(String authorId) {
        b.awaitText("suspensions", authorId);
        return b.text("suspensions");
    }
}
