package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentRepository;
import org.veracity.domain.content.ContentStatus;

@ApplicationScoped
public class JpaContentRepository implements ContentRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public Optional<ContentItem> findByPlatformId(String platformId) {
        return em.createQuery("select c from ContentItem c where c.platformId = :id", ContentItem.class)
                .setParameter("id", platformId).getResultStream().findFirst();
    }

    @Override
    public List<ContentItem> findByPlatformIds(Collection<String> platformIds) {
        if (platformIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from ContentItem c where c.platformId in :ids", ContentItem.class)
                .setParameter("ids", Set.copyOf(platformIds)).getResultList();
    }

    @Override
    public List<ContentRef> refsByPlatformIds(Collection<String> platformIds) {
        if (platformIds.isEmpty()) {
            return List.of();
        }
        // One array parameter instead of an IN list of up to 1,000: the SQL text and its plan stay the same
        // for every batch, and no entity enters the persistence context (R22 hot path).
        return refs(em.createNativeQuery(REF_COLUMNS + " where c.platform_id = any(?1)")
                .setParameter(1, platformIds.stream().distinct().toArray(String[]::new)).getResultList());
    }

    @Override
    public List<ContentRef> refsByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return refs(em.createNativeQuery(REF_COLUMNS + " where c.id = any(?1)")
                .setParameter(1, ids.stream().distinct().toArray(Long[]::new)).getResultList());
    }

    @Override
    public List<Long> idsAfter(long afterId, int limit) {
        return em.createQuery("select c.id from ContentItem c where c.id > :after order by c.id", Long.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    private static final String REF_COLUMNS = "select c.id, c.platform_id, c.status, c.author_id,"
            + " c.registrable_domain, c.status_reason, c.status_policy_version from content_item c";

    private static List<ContentRef> refs(List<?> rows) {
        List<ContentRef> refs = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            refs.add(new ContentRef(((Number) r[0]).longValue(), (String) r[1], ContentStatus.valueOf((String) r[2]),
                    ContentItem.citedReason((String) r[5], (String) r[6]), (String) r[3], (String) r[4]));
        }
        return refs;
    }

    @Override
    public Set<String> existingPlatformIds(Collection<String> platformIds) {
        return ExistingPlatformIds.in(em, "content_item", platformIds);
    }

    @Override
    public void store(ContentItem item) {
        em.persist(item);
    }

    @Override
    public long count() {
        return em.createQuery("select count(c) from ContentItem c", Long.class).getSingleResult();
    }

    @Override
    public List<ContentItem> receivedSince(Instant since, Long beforeId, int limit) {
        return em.createQuery("select c from ContentItem c where c.receivedAt >= :since and c.id < :before"
                        + " order by c.id desc", ContentItem.class)
                .setParameter("since", since).setParameter("before", beforeId == null ? Long.MAX_VALUE : beforeId)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public long countReceivedSince(Instant since) {
        return em.createQuery("select count(c) from ContentItem c where c.receivedAt >= :since", Long.class)
                .setParameter("since", since).getSingleResult();
    }

    @Override
    public List<StoredText> textsReceivedSince(Instant since, Long beforeId, int limit) {
        List<Object[]> rows = em.createQuery("select c.id, c.text from ContentItem c where c.receivedAt >= :since"
                        + " and c.id < :before order by c.id desc", Object[].class)
                .setParameter("since", since).setParameter("before", beforeId == null ? Long.MAX_VALUE : beforeId)
                .setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new StoredText(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    @Override
    public List<ContentItem> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from ContentItem c where c.id in :ids", ContentItem.class)
                .setParameter("ids", Set.copyOf(ids)).getResultList();
    }
}
