package org.veracity.domain.demotion;

/** Why an item's reach is cut. */
public enum DemotionKind {
    /** R3: predicted or manually enqueued, waiting for fact-checkers; lapses after seven days. */
    TEMPORARY_PENDING_REVIEW,
    /** R7: the effect of a fact-check rating (0.2 for False/Altered, 0.5 for Partly false by default). */
    RATING
}
