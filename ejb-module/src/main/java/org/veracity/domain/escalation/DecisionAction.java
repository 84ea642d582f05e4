package org.veracity.domain.escalation;

/** What a decision did with the reported items (R20). */
public enum DecisionAction {
    /** Removed outright under R13, through the enforcement service; cites the removal policy's version. */
    REMOVED("removed"),
    /** An inform label attached (R15), without demotion. */
    LABELLED("labelled"),
    NO_VIOLATION("no violation"),
    /** The policy did not cover the case (e.g. the item predates the policy, R14); may propose a policy change. */
    NOT_COVERED("policy did not cover it");

    private final String label;

    DecisionAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
