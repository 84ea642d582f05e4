package org.veracity.it.support.desk;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** R19's public political ad library: every ad with its advertiser, "paid for by", reach and status. */
public final class PoliticalAdLibraryPage {

    private final DeskBrowser b;
    private final WebElement table;

    private PoliticalAdLibraryPage(DeskBrowser b, WebElement table) {
        this.b = b;
        this.table = table;
    }

    public static PoliticalAdLibraryPage open(DeskBrowser b) {
        b.go("/transparency/political-ads.xhtml");
        return new PoliticalAdLibraryPage(b, b.visible("ads"));
    }

    public String heading() {
        return b.driver().findElement(By.tagName("h1")).getText();
    }

    /** The text of the ad's row, found by the ad's text. */
    public String rowOf(String adText) {
        return table.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText)
                .filter(t -> t.contains(adText)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + adText + " in " + table.getText()));
    }

    /** The address of the library's CSV download. */
    public String csvLink() {
        return b.find("library-csv").getAttribute("href");
    }
}
