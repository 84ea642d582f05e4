package org.veracity.domain.coordination;

/** Where a coordination case stands (R18). */
public enum CaseStatus {
    /** Waiting for a specialist. */
    OPEN,
    /** Organic (a popular quote, a shared slogan): nothing done. */
    DISMISSED,
    /** Its posts carry the "Posted as part of a coordinated campaign" label. */
    LABELLED,
    /** Its accounts are suspended (R16). */
    SUSPENDED,
    /** Its posts by registered paid posters were asked to disclose their sponsor (R17). */
    DISCLOSURE_REQUESTED;

    /** The outcome a decision leads to. */
    public static CaseStatus after(CaseDecision decision) {
        return switch (decision) {
            case DISMISS -> DISMISSED;
            case LABEL -> LABELLED;
            case SUSPEND -> SUSPENDED;
            case ASK_DISCLOSURE -> DISCLOSURE_REQUESTED;
        };
    }
}
