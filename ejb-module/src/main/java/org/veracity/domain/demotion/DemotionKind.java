package org.veracity.domain.demotion;

/** Why an item's reach is cut. */
public enum DemotionKind {
    /** R3: predicted or manually enqueued, waiting for fact-checkers; lapses after seven days. */
    TEMPORARY_PENDING_REVIEW
}
