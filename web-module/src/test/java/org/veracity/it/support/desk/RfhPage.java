package org.veracity.it.support.desk;

import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** R11 in the desk (/desk/rfh.xhtml): a specialist nominates a hoax, a policy lead approves or rejects it. */
public final class RfhPage {

    public static final String PATH = "/desk/rfh.xhtml";

    private final DeskBrowser b;

    private RfhPage(DeskBrowser b) {
        this.b = b;
    }

    public static RfhPage open(DeskBrowser b) {
        b.go(PATH);
        return new RfhPage(b);
    }

    /** Nominates the claim for a measure with a rated item as evidence, and waits until the desk confirms it. */
    public void nominate(String claim, String measure, String evidence, String severity, String rationale) {
        b.visible("nominate:claim").sendKeys(claim);
        new Select(b.find("nominate:measure")).selectByVisibleText(measure);
        b.type("nominate:evidence", evidence);
        new Select(b.find("nominate:severity")).selectByVisibleText(severity);
        b.type("nominate:rationale", rationale);
        b.press("nominate:submit");
        b.awaitText("messages", "Nominated entry");
    }

    /**
     * Approves the nominated entry whose claim contains {@code word}, with a note, and waits until the desk
     * confirms it; answers the entry's id.
     */
    public long approveNominated(String word, String note) {
        Select entries = new Select(b.visible("decide:entry"));
        String option = entries.getOptions().stream().map(WebElement::getText)
                .filter(t -> t.contains(word) && t.endsWith("(NOMINATED)")).findFirst().orElseThrow();
        entries.selectByVisibleText(option);
        b.type("decide:note", note);
        b.press("decide:approve");
        b.awaitText("messages", "Approved entry");
        return Long.parseLong(option.substring(0, option.indexOf(' ')));
    }

    /** Runs the approved entry against the content received in the last {@code days}; answers the report. */
    public DryRunReport dryRun(long entry, String days) {
        chooseForDryRun(entry);
        DryRunReport.run(b, days);
        return DryRunReport.shown(b);
    }

    /** Runs the entry over {@code days} the form refuses; answers the refusal. */
    public String refusedDryRun(long entry, String days) {
        chooseForDryRun(entry);
        DryRunReport.run(b, days);
        return DryRunReport.refusal(b);
    }

    private void chooseForDryRun(long entry) {
        new Select(b.visible("dryrun:entry")).selectByValue(String.valueOf(entry));
    }
}
