package org.veracity.domain.sponsorship;

/** Where a disclosure request stands (R17). */
public enum DisclosureStatus {
    /** Waiting for the disclosure until its deadline; past it the post counts as removed even before the job runs. */
    OPEN,
    /** The post now carries "Paid for by X". */
    DISCLOSED,
    /** Silence past the deadline: the post was removed (enforce-disclosure-deadlines). */
    REMOVED
}
