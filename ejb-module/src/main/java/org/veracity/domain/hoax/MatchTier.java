package org.veracity.domain.hoax;

/** What R11 does with an item that matches an active RFH entry. */
public enum MatchTier {
    /** Close enough to act without a person: the item gets multiplier 0 and the match as its reason. */
    BLOCK,
    /** Close, but not certain: a specialist decides in the review queue. */
    REVIEW
}
