package org.veracity.it.support.desk;

/** The public status page of one escalation, which its tracking id and key open (R20). */
public final class EscalationStatusPage {

    private final DeskBrowser b;

    private EscalationStatusPage(DeskBrowser b) {
        this.b = b;
    }

    /** Follows the status link and waits for the decision it shows. */
    public static EscalationStatusPage decided(DeskBrowser b, String statusLink) {
        b.driver().get(statusLink);
        b.visible("decisionAction");
        return new EscalationStatusPage(b);
    }

    /** Follows a status link and waits for the page to say there is no such escalation. */
    public static void awaitMissing(DeskBrowser b, String statusLink) {
        b.driver().get(statusLink);
        b.visible("missing");
    }

    public String status() {
        return b.text("status");
    }

    public String action() {
        return b.text("decisionAction");
    }

    public String policyVersion() {
        return b.text("decisionPolicyVersion");
    }

    public String rationale() {
        return b.text("decisionRationale");
    }
}
