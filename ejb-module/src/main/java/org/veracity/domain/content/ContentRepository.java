package org.veracity.domain.content;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface ContentRepository {

    Optional<ContentItem> findByPlatformId(String platformId);

    List<ContentItem> findByPlatformIds(Collection<String> platformIds);

    /**
     * The columns the distribution answer needs (R22), for a batch of platform ids, without loading the
     * items as entities; ids Veracity does not know are simply absent.
     */
    List<ContentRef> refsByPlatformIds(Collection<String> platformIds);

    /** As {@link #refsByPlatformIds}, by Veracity's own ids (the distribution projection's refresh). */
    List<ContentRef> refsByIds(Collection<Long> ids);

    /** The next page of item ids above {@code afterId}, in order (rebuilding and reconciling the projection). */
    List<Long> idsAfter(long afterId, int limit);

    Set<String> existingPlatformIds(Collection<String> platformIds);

    void store(ContentItem item);

    long count();

    /**
     * Items received at or after {@code since}, newest first, a page at a time: those with an id below
     * {@code beforeId} (null for the first page). Candidate copies (issue 10) and dry runs scan these.
     */
    List<ContentItem> receivedSince(Instant since, Long beforeId, int limit);

    long countReceivedSince(Instant since);

    /** As {@link #receivedSince}, only ids and texts: no entity enters the persistence context. */
    List<StoredText> textsReceivedSince(Instant since, Long beforeId, int limit);

    List<ContentItem> findByIds(Collection<Long> ids);

    record StoredText(long id, String text) {
    }

    /** An item as the distribution answer sees it: who posted it, where its link leads, whether it may circulate. */
    record ContentRef(long id, String platformId, ContentStatus status, String statusReason, String authorId,
                      String registrableDomain) {

        public static ContentRef of(ContentItem item) {
            return new ContentRef(item.getId(), item.getPlatformId(), item.getStatus(), item.citedStatusReason(),
                    item.getAuthorId(), item.getRegistrableDomain());
        }
    }
}
