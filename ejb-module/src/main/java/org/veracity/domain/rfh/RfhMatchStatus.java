package org.veracity.domain.rfh;

/** What became of an item that matched an RFH entry at intake. */
public enum RfhMatchStatus {
    /** Blocked at intake (the block tier). */
    BLOCKED,
    /** Waiting in the specialists' review queue (the review tier). */
    PENDING_REVIEW,
    /** A specialist confirmed the match: the item is blocked citing the entry. */
    CONFIRMED,
    /** A specialist found it is not a version of the hoax: the item circulates. */
    CLEARED
}
