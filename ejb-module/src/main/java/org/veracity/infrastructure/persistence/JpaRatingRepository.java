package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.factcheck.Rating;
import org.veracity.domain.factcheck.RatingRepository;
import org.veracity.domain.factcheck.Verdict;

@ApplicationScoped
public class JpaRatingRepository implements RatingRepository {

    private static final List<Verdict> FALSE_OR_ALTERED = List.of(Verdict.FALSE, Verdict.ALTERED);

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public void store(Rating rating) {
        em.persist(rating);
    }

    @Override
    public Optional<Rating> find(long id) {
        return Optional.ofNullable(em.find(Rating.class, id));
    }

    @Override
    public Optional<Rating> currentFor(ContentItem item) {
        return em.createQuery("select r from Rating r where r.item = :item and r.supersededAt is null"
                        + " order by r.ratedAt desc, r.id desc", Rating.class)
                .setParameter("item", item).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Rating> historyFor(ContentItem item) {
        return em.createQuery("select r from Rating r join fetch r.organisation where r.item = :item"
                + " order by r.ratedAt, r.id", Rating.class).setParameter("item", item).getResultList();
    }

    @Override
    public Map<Long, List<Verdict>> currentVerdicts(Collection<ContentItem> items) {
        return currentVerdictsByItemIds(items.stream().map(ContentItem::getId).toList());
    }

    @Override
    public Map<Long, List<Verdict>> currentVerdictsByItemIds(Collection<Long> itemIds) {
        Map<Long, List<Verdict>> out = new HashMap<>();
        if (itemIds.isEmpty()) {
            return out;
        }
        for (Object row : em.createNativeQuery("select r.content_id, r.verdict from rating r"
                        + " where r.content_id = any(?1) and r.superseded_at is null order by r.content_id, r.id")
                .setParameter(1, itemIds.stream().distinct().toArray(Long[]::new)).getResultList()) {
            Object[] r = (Object[]) row;
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(Verdict.valueOf((String) r[1]));
        }
        return out;
    }

    @Override
    public long countFalseOrAlteredByAuthorSince(String authorId, Instant since) {
        return em.createQuery("select count(r) from Rating r where r.item.authorId = :a and r.verdict in :v"
                        + " and r.ratedAt >= :since and r.supersededAt is null and r.copyOf is null", Long.class)
                .setParameter("a", authorId).setParameter("v", FALSE_OR_ALTERED).setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public long countFalseOrAlteredByDomainSince(String domain, Instant since) {
        return em.createQuery("select count(r) from Rating r where r.item.registrableDomain = :d and r.verdict in :v"
                        + " and r.ratedAt >= :since and r.supersededAt is null and r.copyOf is null", Long.class)
                .setParameter("d", domain).setParameter("v", FALSE_OR_ALTERED).setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public List<Rating> recent(int limit) {
        return em.createQuery("select r from Rating r join fetch r.item join fetch r.organisation"
                + " order by r.ratedAt desc, r.id desc", Rating.class).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Rating> currentByItemIds(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from Rating r where r.item.id in :ids and r.supersededAt is null", Rating.class)
                .setParameter("ids", Set.copyOf(itemIds)).getResultList();
    }

    @Override
    public List<Rating> currentCopiesOf(Rating original) {
        return em.createQuery("select r from Rating r join fetch r.item where r.copyOf = :o and r.supersededAt is null"
                + " order by r.id", Rating.class).setParameter("o", original).getResultList();
    }

    @Override
    public List<Rating> currentFalseOrAlteredOriginals() {
        return em.createQuery("select r from Rating r join fetch r.item where r.copyOf is null and r.supersededAt is null"
                + " and r.verdict in :v order by r.id", Rating.class).setParameter("v", FALSE_OR_ALTERED).getResultList();
    }

    @Override
    public String fingerprint() {
        // Ratings are only added and superseded, never deleted: the last id and the last supersession say it all,
        // and both are read from an index (ix_rating_superseded, V15) rather than by counting the table.
        Object[] row = (Object[]) em.createNativeQuery("select max(id), max(superseded_at) from rating")
                .getSingleResult();
        return row[0] + ":" + row[1];
    }
}
