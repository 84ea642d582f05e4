package org.veracity.domain.factcheck;

/** How an item reached the fact-checkers' queue. */
public enum EnqueueRoute {
    /** The predictor crossed its threshold (R2). */
    PREDICTED,
    /** A moderator or fact-checker put it there (R5). */
    MANUAL
}
