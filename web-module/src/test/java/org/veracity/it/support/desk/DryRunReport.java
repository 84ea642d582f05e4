package org.veracity.it.support.desk;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a dry run (issue 10) shows a policy lead: the items an RFH entry or a measure would block or send to
 * review, with the evidence, and a summary. The form is the same on the RFH and the measures page.
 */
public final class DryRunReport {

    private final DeskBrowser b;

    private DryRunReport(DeskBrowser b) {
        this.b = b;
    }

    /** Fills in the days, presses "run"; the choice of entry or measure is made before. */
    static void run(DeskBrowser b, String days) {
        b.retype("dryrun:days", days);
        b.press("dryrun:run");
    }

    /** Waits for the report the run shows. */
    static DryRunReport shown(DeskBrowser b) {
        b.visible("dry-run-report");
        return new DryRunReport(b);
    }

    /** The refusal shown instead of a report. */
    static String refusal(DeskBrowser b) {
        return b.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='dryrun:days'] ~ .ui-message-error, .ui-message-error"))).getText();
    }

    /** What the run would do (BLOCK, REVIEW) to each of these items it lists; other items are left out. */
    public Map<String, String> outcomesFor(Set<String> items) {
        Map<String, String> out = new TreeMap<>();
        for (WebElement row : b.driver().findElements(By.cssSelector("#dry-run-report tbody tr"))) {
            List<WebElement> ids = row.findElements(By.cssSelector(".content-id"));
            if (!ids.isEmpty() && items.contains(ids.get(0).getText())) {
                out.put(ids.get(0).getText(), row.findElement(By.cssSelector(".dry-run-outcome")).getText());
            }
        }
        return out;
    }

    /** The evidence of the report's first line. */
    public String firstEvidence() {
        return b.driver().findElements(By.cssSelector("#dry-run-report .dry-run-evidence")).get(0).getText();
    }

    public String summary() {
        return b.text("dry-run-summary");
    }

    /** The report's heading, which names what ran. */
    public String heading() {
        return b.driver().findElement(By.cssSelector("#dry-run-report h3")).getText();
    }
}
