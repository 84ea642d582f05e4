package org.veracity.it.support.desk;

import org.openqa.selenium.By;
import org.veracity.domain.factcheck.Verdict;

/** A fact-checker's workbench: the queue of its organisation's languages and regions, claiming and rating. */
public final class WorkbenchPage {

    public static final String PATH = "/desk/workbench.xhtml";

    private final DeskBrowser b;
    private String claimed;

    private WorkbenchPage(DeskBrowser b) {
        this.b = b;
    }

    public static WorkbenchPage open(DeskBrowser b) {
        b.go(PATH);
        return new WorkbenchPage(b);
    }

    /** Claims the item from the queue; answers the item the rating form then names. */
    public String claim(String item) {
        QueuePage.rowElement(b, item).findElement(By.cssSelector(".claim")).click();
        claimed = item;
        return b.visible("rating-item").getText();
    }

    /** Rates the claimed item and waits until the workbench confirms it. */
    public void rate(Verdict verdict, String claim, String articleUrl, String summary) {
        b.choose("rate:rating", verdict.name(), verdict.name());
        b.type("rate:claim", claim);
        b.type("rate:articleUrl", articleUrl);
        b.type("rate:summary", summary);
        b.press("rate:submit");
        b.awaitText("work:messages", "Rated " + claimed + " " + verdict.name());
    }
}
