package org.veracity.it.support.desk;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An admin's jobs page: the nightly timetable, a job started by hand, the history of runs and their run times. */
public final class JobsPage {

    public static final String PATH = "/desk/jobs.xhtml";

    private final DeskBrowser b;

    private JobsPage(DeskBrowser b) {
        this.b = b;
    }

    public static JobsPage open(DeskBrowser b) {
        b.go(PATH);
        return new JobsPage(b);
    }

    public String timetable() {
        return b.visible("jobs:timetable").getText();
    }

    /** When the job was last scheduled and by which instance ("... by night-shift/server"). */
    public String lastScheduled(String job) {
        return b.visible("jobs:timetable").findElement(By.xpath(".//tr[.//*[text()='" + job + "']]"))
                .findElement(By.cssSelector(".last-scheduled")).getText();
    }

    public String timetableRow(String job) {
        return b.visible("jobs:timetable").findElement(By.xpath(".//tr[.//*[text()='" + job + "']]")).getText();
    }

    /** Starts expire-demotions by hand and waits for the page to say so. */
    public void startExpiry() {
        b.press("jobs:start-expiry");
        b.awaitText("jobs:messages", "Started expire-demotions");
    }

    /**
     * Waits until the newest run in the history has completed. The page polls every 3 s, and a poll may
     * re-render the table between finding a row and reading it: look again then.
     */
    public WebElement latestCompletedRun() {
        return b.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement row = d.findElement(By.cssSelector("#jobs\\:history_data tr:first-child"));
            // The job's own status: a row whose step has COMPLETED can still be a job that has not (no exit status yet).
            return "COMPLETED".equals(row.findElement(By.cssSelector(".job-status")).getText()) ? row : null;
        });
    }

    /** Scrolls to the chart of the ended executions' run times (Chart.js draws it on a canvas) once it is drawn. */
    public void showRunTimes() {
        b.scrollTo(b.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#jobs\\:duration-chart canvas"))));
    }
}
