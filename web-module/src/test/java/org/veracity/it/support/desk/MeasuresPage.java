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

    /** Runs every entry of the measure against the content received in the last {@code days}; answers the report. */
    public DryRunReport dryRun(String measure, String days) {
        new Select(b.visible("dryrun:measure")).selectByVisibleText(measure);
        DryRunReport.run(b, days);
        return DryRunReport.shown(b);
    }

    /** What the page says of the semantic screen's backlog ("... item(s) waiting"). */
    public String semanticBacklog() {
        return b.visible("semantic-backlog").getText();
    }
}
