package org.veracity.it.support.desk;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The fact-check queue (/desk/), where staff see the items waiting for fact-checkers and their multipliers. */
public final class QueuePage {

    private final DeskBrowser b;

    private QueuePage(DeskBrowser b) {
        this.b = b;
    }

    /** The queue the browser shows now (the desk lands here after a login). */
    public static QueuePage shown(DeskBrowser b) {
        b.visible("queue:rows");
        return new QueuePage(b);
    }

    /** Shows only the items of this domain, so that what other tests left in the queue cannot push one off the page. */
    public QueuePage filterByDomain(String domain) {
        WebElement before = b.find("queue:rows");
        b.type("queue:domain", domain);
        b.press("queue:apply");
        b.waiting().until(ExpectedConditions.stalenessOf(before));
        return this;
    }

    /** The item's row: its text, and its multiplier right now. */
    public Row row(String item) {
        return new Row(rowElement(b, item));
    }

    static WebElement rowElement(DeskBrowser b, String item) {
        return b.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[.//a[contains(@class,'content-id') and text()='" + item + "']]")));
    }

    public record Row(WebElement element) {
        public String multiplier() {
            return element.findElement(By.cssSelector(".multiplier")).getText();
        }

        public String text() {
            return element.getText();
        }
    }
}
