package org.veracity.domain.content;

import java.time.Instant;

/**
 * Which moment of a post a rule reads: the one decision every screen and enforcement follows.
 * {@code postedAt} is whatever the integrator sends, so a rule that stops a post must not let the
 * poster choose the moment it is judged at; a rule that promises not to reach back (R14) must.
 */
public enum RuleMoment {

    /**
     * Bans and removals at intake (R16 movement bans, shut-down groups, suspensions) and RFH blocking
     * (R11), at intake and in the pre-publication check: the moment Veracity received the post. A post
     * backdated to before a ban is judged when it arrives, which is after the ban.
     */
    RECEIVED,

    /**
     * Non-retroactive policy versions (R14) in enforcement decisions on a stored item: the moment the
     * post says it was made, but never later than its receipt.
     */
    POSTED;

    public Instant of(Instant postedAt, Instant receivedAt) {
        if (this == RECEIVED || postedAt == null) {
            return receivedAt;
        }
        return postedAt.isAfter(receivedAt) ? receivedAt : postedAt;
    }
}
