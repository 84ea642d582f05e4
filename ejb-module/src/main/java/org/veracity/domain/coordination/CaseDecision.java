package org.veracity.domain.coordination;

/**
 * What a specialist decides about a coordination case (R18).
 */
public enum CaseDecision {
    /** Organic: no action. */
    DISMISS,
    /** Label every post of the case as part of a coordinated campaign. */
    LABEL,
    /** Suspend every account of the case (R16), citing the coordinated-behaviour policy. */
    SUSPEND,
    /**
     * The accounts are paid posters of a recorded sponsorship (R17): each of their posts in the case is asked to
     * disclose its sponsor. Posts of accounts no sponsorship covers are left alone: a payment is never assumed.
     */
    ASK_DISCLOSURE
}
