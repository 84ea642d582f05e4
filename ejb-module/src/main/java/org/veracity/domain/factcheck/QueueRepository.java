package org.veracity.domain.factcheck;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.content.ContentItem;

public interface QueueRepository {

    void store(QueueEntry entry);

    Optional<QueueEntry> findByItem(ContentItem item);

    /** Open entries, highest priority first, then oldest. */
    List<QueueEntry> open(int offset, int limit);

    long countOpen();

    Optional<QueueEntry> find(long id);

    /**
     * Takes the lease in one conditional UPDATE: it succeeds only if the entry is queued or its lease has
     * lapsed, so two people can never hold one item, on any number of instances.
     */
    boolean claim(long entryId, String by, Instant now, Instant leaseUntil);

    /** Open entries matching the filter, highest priority first. */
    List<QueueEntry> search(QueueFilter filter, Instant now, int offset, int limit);

    long count(QueueFilter filter, Instant now);
}
