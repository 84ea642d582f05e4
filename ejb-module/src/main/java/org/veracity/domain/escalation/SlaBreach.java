package org.veracity.domain.escalation;

/** Which answer of R20's SLA came late: the first response (24 h) or the decision (72 h, paused while waiting). */
public enum SlaBreach {
    FIRST_RESPONSE("first response"),
    DECISION("decision");

    private final String label;

    SlaBreach(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
