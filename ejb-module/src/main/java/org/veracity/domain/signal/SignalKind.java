package org.veracity.domain.signal;

/** What an integrator tells Veracity about an item (R1, R2). */
public enum SignalKind {
    /** A community member reported the item as false news. */
    FALSE_NEWS_REPORT,
    /** A comment expressing disbelief ("this is fake"). */
    DISBELIEF_COMMENT,
    /** An outside signal of falsity: a partner's report or a matching published fact-check. */
    EXTERNAL_FALSITY,
    /** The integrator's own classifier score in [0, 1]; the higher of it and ours counts. */
    CLASSIFIER_SCORE
}
