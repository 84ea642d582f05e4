package org.veracity.it.support.desk;

/** The specialists' queue of escalations (R20) and the triage form that decides one. */
public final class EscalationsPage {

    private final DeskBrowser b;

    private EscalationsPage(DeskBrowser b) {
        this.b = b;
    }

    public static EscalationsPage open(DeskBrowser b) {
        b.go("/desk/escalations.xhtml");
        return new EscalationsPage(b);
    }

    /** Waits until the queue lists the escalation; answers the queue. */
    public String awaitQueued(String trackingId) {
        b.awaitText("queue", trackingId);
        return b.text("queue");
    }

    /** Decides the escalation with an action (value and label of the menu) and a rationale, and waits for the answer. */
    public void decide(String trackingId, String action, String actionLabel, String rationale) {
        b.choose("triage:escalation", trackingId, null);
        b.choose("triage:action", action, actionLabel);
        b.type("triage:rationale", rationale);
        b.press("triage:decideButton");
        b.awaitText("top", "Escalation " + trackingId + " decided");
    }
}
