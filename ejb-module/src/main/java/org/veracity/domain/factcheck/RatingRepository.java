package org.veracity.domain.factcheck;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veracity.domain.content.ContentItem;

public interface RatingRepository {

    void store(Rating rating);

    Optional<Rating> find(long id);

    Optional<Rating> currentFor(ContentItem item);

    List<Rating> historyFor(ContentItem item);

    /** Current verdicts per item id, for the distribution answer. */
    Map<Long, List<Verdict>> currentVerdicts(Collection<ContentItem> items);

    /** As {@link #currentVerdicts(Collection)}, by item id, in one query whatever the number of ids. */
    Map<Long, List<Verdict>> currentVerdictsByItemIds(Collection<Long> itemIds);

    long countFalseOrAlteredByAuthorSince(String authorId, Instant since);

    long countFalseOrAlteredByDomainSince(String domain, Instant since);

    List<Rating> recent(int limit);

    /** Current ratings (own or copied) of these items. */
    List<Rating> currentByItemIds(Collection<Long> itemIds);

    /** Current ratings copied from {@code original} (issue 10). */
    List<Rating> currentCopiesOf(Rating original);

    /** Fact-checkers' own current False/Altered ratings, with their items: what copies are matched against. */
    List<Rating> currentFalseOrAlteredOriginals();

    /** Changes whenever a rating is added or superseded (last id, last supersession): tells an in-memory index of the originals it is stale. */
    String fingerprint();
}
