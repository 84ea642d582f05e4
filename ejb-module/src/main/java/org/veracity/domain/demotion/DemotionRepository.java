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

    /** The demotions of these items in force at {@code t} or later (the projection judges their windows itself). */
    List<Demotion> notLapsedByItemIds(Collection<Long> itemIds, Instant t);

    List<Demotion> forRating(long ratingId);

    boolean hasDemotionOfKind(ContentItem item, DemotionKind kind);

    /** How many of an author's items got a demotion of this kind since a moment (R12's repeat sharers). */
    long countOfKindByAuthorSince(String authorId, DemotionKind kind, Instant since);

    /** Ids of open demotions whose window ended by {@code asOf}, ascending, after {@code afterId}. */
    List<Long> lapsedOpenIds(Instant asOf, long afterId, int limit);

    /**
     * Closes those of these demotions still open whose window ended by {@code asOf}, under their row locks, and
     * answers the ones this call closed, in id order: a concurrent closer's rows are re-checked after its commit and
     * skipped, so each demotion is closed, and told, exactly once.
     */
    List<LapsedDemotion> closeLapsed(List<Long> demotionIds, Instant asOf);

    long countLapsedUnclosed(Instant asOf);

    long countClosedAt(Instant asOf);
}
