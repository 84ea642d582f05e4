package org.veracity.it.support.desk;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** R11's review queue (/desk/rfh-review.xhtml): close calls and counter-speech wait here for a specialist. */
public final class RfhReviewPage {

    public static final String PATH = "/desk/rfh-review.xhtml";

    private final DeskBrowser b;

    private RfhReviewPage(DeskBrowser b) {
        this.b = b;
    }

    public static RfhReviewPage open(DeskBrowser b) {
        b.go(PATH);
        return new RfhReviewPage(b);
    }

    /** What the queue lists: each waiting item with why it waits. */
    public String queue() {
        return b.visible("queue").getText();
    }

    /** Confirms the match of this item (it is then blocked) and waits until the desk says so. */
    public void confirm(String contentId) {
        Select matches = new Select(b.visible("review:match"));
        matches.selectByVisibleText(matches.getOptions().stream().map(WebElement::getText)
                .filter(t -> t.endsWith(contentId)).findFirst().orElseThrow());
        b.press("review:confirm");
        b.awaitText("messages", "Blocked the item");
    }

    /** The queue's row of this item, once the page shows it. */
    public Match match(String contentId) {
        return new Match(b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//tr[.//a[@class='content-id' and text()='" + contentId + "']]"))));
    }

    /** A row of the review queue: which tier matched (TEXT, SEMANTIC) and the row's text. */
    public record Match(WebElement row) {
        public String kind() {
            return row.findElement(By.cssSelector(".match-kind")).getText();
        }

        public String text() {
            return row.getText();
        }
    }
}
