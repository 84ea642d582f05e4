package org.veracity.domain.coordination;

/**
 * What a specialist decides about a coordination case (R18). Extension point: when the accounts belong to a
 * registered sponsor (R17), a fourth decision, asking for disclosure, belongs here with its own outcome.
 */
public enum CaseDecision {
    /** Organic: no action. */
    DISMISS,
    /** Label every post of the case as part of a coordinated campaign. */
    LABEL,
    /** Suspend every account of the case (R16), citing the coordinated-behaviour policy. */
    SUSPEND
}
