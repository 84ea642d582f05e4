package org.veracity.it.support.desk;

/** R5's manual enqueue form: staff send an item to fact-checkers with the criteria it meets. */
public final class EnqueuePage {

    public static final String PATH = "/desk/enqueue.xhtml";

    private final DeskBrowser b;

    private EnqueuePage(DeskBrowser b) {
        this.b = b;
    }

    public static EnqueuePage open(DeskBrowser b) {
        b.go(PATH);
        return new EnqueuePage(b);
    }

    /** Fills in the item and the evidence note only, and presses "enqueue". */
    public void enqueue(String contentId, String evidenceNote) {
        b.visible("enqueue:contentId").sendKeys(contentId);
        b.type("enqueue:evidenceNote", evidenceNote);
        b.press("enqueue:submit");
    }

    /** The problem shown next to a field: contentId, issueId, externalSignal, … */
    public String problemWith(String field) {
        return b.messageNextTo("enqueue:" + field);
    }
}
