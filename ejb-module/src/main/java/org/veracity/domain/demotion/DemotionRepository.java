package org.veracity.domain.demotion;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.veracity.domain.content.ContentItem;

public interface DemotionRepository {

    void store(Demotion demotion);

    List<Demotion> findByItem(ContentItem item);

    /** Demotions of these items in force at {@code t}, judged by their windows alone. */
    List<Demotion> inForceAt(Collection<ContentItem> items, Instant t);

    /** As {@link #inForceAt(Collection, Instant)}, by item id, in one query whatever the number of ids. */
    List<Demotion> inForceAtByItemIds(Collection<Long> itemIds, Instant t);

    List<Demotion> forRating(long ratingId);

    boolean hasDemotionOfKind(ContentItem item, DemotionKind kind);

    /** How many of an author's items got a demotion of this kind since a moment (R12's repeat sharers). */
    long countOfKindByAuthorSince(String authorId, DemotionKind kind, Instant since);
}
