package org.veracity.domain.screening;

/** What a rule decides about a new item before it circulates, strongest first. */
public enum ScreeningOutcome {
    /** Taken down for good (R13, R16): multiplier 0, the author's post is gone. */
    REMOVE,
    /** Stopped from circulating as a known hoax version (R11): multiplier 0, the evidence is kept. */
    BLOCK,
    /** Accepted, but a specialist must look at it (R11's review tier). */
    REVIEW;

    public boolean isStrongerThan(ScreeningOutcome other) {
        return ordinal() < other.ordinal();
    }
}
