package org.veracity.domain.factcheck;

import java.time.Instant;
import org.veracity.domain.content.ContentItem;

/** R7/R9: queue order by share velocity, raised for items that match an active issue of importance. */
public final class QueuePriority {

    /** An issue match outranks a tenfold higher share velocity (log scale: ln 10 ≈ 2.3). */
    static final double ISSUE_BOOST = 2.5;

    private QueuePriority() {
    }

    public static double of(ContentItem item, boolean matchesIssue, Instant now) {
        return Math.log1p(item.shareVelocityAt(now)) + (matchesIssue ? ISSUE_BOOST : 0);
    }
}
