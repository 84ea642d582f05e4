package org.veracity.it.support.desk;

import org.openqa.selenium.support.ui.Select;

/** R10 in the desk (/desk/measures.xhtml): a policy lead switches a break-glass measure on or off. */
public final class MeasuresPage {

    private final DeskBrowser b;

    private MeasuresPage(DeskBrowser b) {
        this.b = b;
    }

    public static MeasuresPage open(DeskBrowser b) {
        b.go("/desk/measures.xhtml");
        return new MeasuresPage(b);
    }

    /** Activates the measure for a reason and waits until the desk confirms it. */
    public void activate(String measure, String reason) {
        new Select(b.visible("switch:measure")).selectByVisibleText(measure);
        b.type("switch:reason", reason);
        b.press("switch:activate");
        b.awaitText("switch:messages", "Activated");
    }
}
