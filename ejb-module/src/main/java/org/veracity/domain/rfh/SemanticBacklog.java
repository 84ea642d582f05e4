package org.veracity.domain.rfh;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veracity.domain.content.ContentItem;

/** Items stored by intake that the semantic screen has not yet looked at (issue 10), in the database. */
public interface SemanticBacklog {

    /** Queues the items an intake batch just stored, each with its reach, in the intake transaction. */
    void enqueue(Map<ContentItem, Long> reachByItem, Instant at);

    /**
     * Locks and returns up to {@code limit} waiting items, most reach first, then the oldest; rows another
     * transaction holds are skipped, so concurrent workers (a cluster) never take the same item.
     */
    List<ContentItem> claim(int limit);

    /** Removes a claimed item from the backlog, in the claiming transaction. */
    void done(ContentItem item);

    /** How far behind the screen is. */
    Status status();

    /** @param waiting items queued; @param oldest when the longest-waiting one was queued */
    record Status(long waiting, Optional<Instant> oldest) {
    }
}
