package org.veracity.domain.escalation;

/** Where an escalation stands (R20); every change is told to its reporter. */
public enum EscalationStatus {
    RECEIVED(true),
    ACKNOWLEDGED(true),
    INFORMATION_REQUESTED(true),
    /** The reporter answered the request for information: back in the specialists' queue, its decision clock running. */
    INFORMATION_SUPPLIED(true),
    DECIDED(false),
    APPEALED(true),
    APPEAL_DECIDED(false),
    /** A duplicate folded into another escalation about the same items; it is decided with it. */
    MERGED(true);

    private final boolean open;

    EscalationStatus(boolean open) {
        this.open = open;
    }

    /** Whether a specialist still owes the reporter an answer. */
    public boolean isOpen() {
        return open;
    }
}
