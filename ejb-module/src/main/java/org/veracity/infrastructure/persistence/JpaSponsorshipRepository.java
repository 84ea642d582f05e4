package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.sponsorship.DisclosureRequest;
import org.veracity.domain.sponsorship.DisclosureStatus;
import org.veracity.domain.sponsorship.Sponsorship;
import org.veracity.domain.sponsorship.SponsorshipRepository;

@ApplicationScoped
public class JpaSponsorshipRepository implements SponsorshipRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public void holdForIntake() {
        // H2 (the one-instance demo) has no shared row lock; there the batches take turns. The batch's rows go out
        // first, as an automatic flush would send them, but once instead of twice for a native query (issue 15).
        em.flush();
        em.createNativeQuery("select id from sponsorship_lock where id = 1"
                + (Databases.isPostgres(em) ? " for share" : " for update"))
                .setFlushMode(FlushModeType.COMMIT).getSingleResult();
    }

    @Override
    public void holdForRecording() {
        em.createNativeQuery("select id from sponsorship_lock where id = 1 for update").getSingleResult();
    }

    @Override
    public void store(Sponsorship sponsorship) {
        em.persist(sponsorship);
    }

    @Override
    public Optional<Sponsorship> find(long id) {
        return Optional.ofNullable(em.find(Sponsorship.class, id));
    }

    @Override
    public List<Sponsorship> recent(int limit) {
        return em.createQuery("select s from Sponsorship s order by s.recordedAt desc, s.id desc", Sponsorship.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Sponsorship> forAuthors(Collection<String> authorIds) {
        if (authorIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct s from Sponsorship s join s.accounts a where a in :authors"
                        + " order by s.id", Sponsorship.class)
                .setParameter("authors", List.copyOf(authorIds)).getResultList();
    }

    @Override
    public List<ContentItem> undisclosedPostsBy(Collection<String> authorIds, Instant from, Instant to) {
        if (authorIds.isEmpty()) {
            return List.of();
        }
        TypedQuery<ContentItem> query = em.createQuery("select i from ContentItem i where i.authorId in :authors"
                        + " and i.postedAt >= :from" + (to == null ? "" : " and i.postedAt < :to")
                        + " and i.status = :active and (i.sponsor is null or trim(i.sponsor) = '')"
                        + " and not exists (select r.id from DisclosureRequest r where r.item = i) order by i.id",
                        ContentItem.class)
                .setParameter("authors", List.copyOf(authorIds)).setParameter("from", from)
                .setParameter("active", ContentStatus.ACTIVE);
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.getResultList();
    }

    @Override
    public void store(DisclosureRequest request) {
        em.persist(request);
    }

    @Override
    public List<DisclosureRequest> requestsForItemIds(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from DisclosureRequest r where r.item.id in :ids", DisclosureRequest.class)
                .setParameter("ids", List.copyOf(itemIds)).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<DisclosureRequest> openForItemIds(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("select r.* from disclosure_request r where r.content_id = any(?1)"
                        + " and r.status = 'OPEN'", DisclosureRequest.class)
                .setParameter(1, itemIds.stream().distinct().toArray(Long[]::new)).getResultList();
    }

    @Override
    public List<DisclosureRequest> openForPlatformIds(Collection<String> platformIds) {
        if (platformIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from DisclosureRequest r join fetch r.item i where i.platformId in :ids"
                        + " and r.status = :open", DisclosureRequest.class)
                .setParameter("ids", List.copyOf(platformIds)).setParameter("open", DisclosureStatus.OPEN)
                .getResultList();
    }

    @Override
    public List<DisclosureRequest> recentRequests(int limit) {
        return em.createQuery("select r from DisclosureRequest r join fetch r.item order by r.openedAt desc, r.id desc",
                DisclosureRequest.class).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<DisclosureRequest> findRequest(long id) {
        return Optional.ofNullable(em.find(DisclosureRequest.class, id));
    }

    @Override
    public List<Long> overdueAfter(Instant asOf, long afterId, int limit) {
        return em.createQuery("select r.id from DisclosureRequest r where r.status = :open and r.deadline <= :asOf"
                        + " and r.id > :after order by r.id", Long.class)
                .setParameter("open", DisclosureStatus.OPEN).setParameter("asOf", asOf).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public long countOverdue(Instant asOf) {
        return em.createQuery("select count(r) from DisclosureRequest r where r.status = :open and r.deadline <= :asOf",
                Long.class).setParameter("open", DisclosureStatus.OPEN).setParameter("asOf", asOf).getSingleResult();
    }

    @Override
    public long countRemovedDueBy(Instant asOf) {
        return em.createQuery("select count(r) from DisclosureRequest r where r.status = :removed and r.deadline <= :asOf",
                Long.class).setParameter("removed", DisclosureStatus.REMOVED).setParameter("asOf", asOf).getSingleResult();
    }

    @Override
    public List<DisclosureRequest> lockOverdue(Collection<Long> requestIds, Instant asOf) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from DisclosureRequest r where r.id in :ids and r.status = :open"
                        + " and r.deadline <= :asOf order by r.id", DisclosureRequest.class)
                .setParameter("ids", List.copyOf(requestIds)).setParameter("open", DisclosureStatus.OPEN)
                .setParameter("asOf", asOf).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }
}
