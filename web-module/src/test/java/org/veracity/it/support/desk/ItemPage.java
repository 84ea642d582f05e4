package org.veracity.it.support.desk;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** One item in the desk: its multiplier, its reasons and history, its RFH evidence, and the removal form. */
public final class ItemPage {

    private final DeskBrowser b;

    private ItemPage(DeskBrowser b) {
        this.b = b;
    }

    public static String path(String item) {
        return "/desk/item.xhtml?id=" + item;
    }

    public static ItemPage open(DeskBrowser b, String item) {
        b.go(path(item));
        return new ItemPage(b);
    }

    /** Removes the item under a category (value and label of the menu) for this reason, naming no exception. */
    public void remove(String category, String categoryLabel, String reason) {
        b.choose("removal:category", category, categoryLabel);
        b.retype("removal:reason", reason);
        b.press("removal:remove");
    }

    /** Removes the item under a category and an exception that a specialist defined (R6). */
    public void removeUnder(String category, String categoryLabel, String exception, String exceptionLabel,
                            String reason) {
        b.choose("removal:category", category, categoryLabel);
        b.choose("removal:exception", exception, exceptionLabel);
        b.retype("removal:reason", reason);
        b.press("removal:remove");
    }

    public String problemWith(String field) {
        return b.messageNextTo("removal:" + field);
    }

    /** Waits until the item's multiplier right now reads {@code multiplier}. */
    public void awaitMultiplier(String multiplier) {
        b.awaitText("multiplier-now", multiplier);
    }

    public String multiplier() {
        return b.text("multiplier-now");
    }

    public String reasons() {
        return b.text("reasons");
    }

    public String history() {
        return b.text("history");
    }

    /** The evidence of a rating this item carries as a copy of a rated item (issue 10), once the page shows it. */
    public String copiedRatingEvidence() {
        return b.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#ratings .copy-evidence"))).getText();
    }

    public String ratings() {
        return b.text("ratings");
    }

    /** The first line of the RFH evidence (R11), once the page shows it. */
    public String rfhEvidenceLine() {
        return b.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#rfh-evidence .rfh-evidence-line"))).getText();
    }

    public String rfhEntry() {
        return b.driver().findElement(By.cssSelector("#rfh-evidence .rfh-entry")).getText();
    }

    public String rfhStatus() {
        return b.driver().findElement(By.cssSelector("#rfh-evidence .rfh-status")).getText();
    }

    /** Who nominated, approved and activated the entry that matched. */
    public String rfhEntryHistory() {
        return b.driver().findElement(By.cssSelector("#rfh-evidence .rfh-entry-history")).getText();
    }
}
