package org.veracity.domain.factcheck;

import java.util.List;
import java.util.Optional;
import org.veracity.domain.content.ContentItem;

public interface QueueRepository {

    void store(QueueEntry entry);

    Optional<QueueEntry> findByItem(ContentItem item);

    /** Open entries, highest priority first, then oldest. */
    List<QueueEntry> open(int offset, int limit);

    long countOpen();
}
