package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veracity.domain.factcheck.QueueFilter;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.factcheck.QueueEntry;
import org.veracity.domain.factcheck.QueueRepository;
import org.veracity.domain.factcheck.QueueStatus;

@ApplicationScoped
public class JpaQueueRepository implements QueueRepository {

    private static final List<QueueStatus> OPEN = List.of(QueueStatus.QUEUED, QueueStatus.CLAIMED);

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public void store(QueueEntry entry) {
        em.persist(entry);
    }

    @Override
    public Optional<QueueEntry> findByItem(ContentItem item) {
        return em.createQuery("select q from QueueEntry q where q.item = :item", QueueEntry.class)
                .setParameter("item", item).getResultStream().findFirst();
    }

    @Override
    public List<QueueEntry> open(int offset, int limit) {
        return em.createQuery("select q from QueueEntry q join fetch q.item where q.status in :open"
                        + " order by q.priority desc, q.enqueuedAt, q.id", QueueEntry.class)
                .setParameter("open", OPEN).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countOpen() {
        return em.createQuery("select count(q) from QueueEntry q where q.status in :open", Long.class)
                .setParameter("open", OPEN).getSingleResult();
    }

    @Override
    public Optional<QueueEntry> find(long id) {
        return Optional.ofNullable(em.find(QueueEntry.class, id));
    }

    @Override
    public boolean claim(long entryId, String by, Instant now, Instant leaseUntil) {
        boolean claimed = em.createQuery("update QueueEntry q set q.status = :claimed, q.claimedBy = :by, q.claimedAt = :now,"
                        + " q.leaseUntil = :until, q.version = q.version + 1 where q.id = :id and (q.status = :queued"
                        + " or (q.status = :claimed and q.leaseUntil <= :now))")
                .setParameter("claimed", QueueStatus.CLAIMED).setParameter("queued", QueueStatus.QUEUED)
                .setParameter("by", by).setParameter("now", now).setParameter("until", leaseUntil)
                .setParameter("id", entryId).executeUpdate() == 1;
        // The bulk UPDATE bypasses the persistence context: refresh an entry already loaded in this
        // transaction, or a later step (rating right after claiming) would see it unclaimed.
        QueueEntry loaded = claimed ? em.find(QueueEntry.class, entryId) : null;
        if (loaded != null) {
            em.refresh(loaded);
        }
        return claimed;
    }

    @Override
    public List<QueueEntry> search(QueueFilter filter, Instant now, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<QueueEntry> q = em.createQuery("select q from QueueEntry q join fetch q.item i where "
                + where(filter, now, params) + " order by q.priority desc, q.enqueuedAt, q.id", QueueEntry.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(QueueFilter filter, Instant now) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(q) from QueueEntry q join q.item i where "
                + where(filter, now, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** A lapsed lease counts as QUEUED, a live one as CLAIMED, whatever the row says. */
    private static String where(QueueFilter f, Instant now, Map<String, Object> params) {
        StringBuilder w = new StringBuilder();
        if (f.status() == QueueStatus.QUEUED || f.status() == QueueStatus.CLAIMED) {
            boolean queued = f.status() == QueueStatus.QUEUED;
            w.append(queued ? "(q.status = :queued or (q.status = :claimed and q.leaseUntil <= :now))"
                    : "(q.status = :claimed and q.leaseUntil > :now)");
            params.put("now", now);
            params.put("claimed", QueueStatus.CLAIMED);
            if (queued) {
                params.put("queued", QueueStatus.QUEUED);
            }
        } else if (f.status() != null) {
            w.append("q.status = :status");
            params.put("status", f.status());
        } else {
            w.append("q.status in :open");
            params.put("open", OPEN);
        }
        if (f.route() != null) {
            w.append(" and q.route = :route");
            params.put("route", f.route());
        }
        if (f.issueId() != null) {
            w.append(" and q.issue.id = :issue");
            params.put("issue", f.issueId());
        }
        if (f.language() != null) {
            w.append(" and lower(i.language) like :language");
            params.put("language", f.language().toLowerCase() + "%");
        }
        if (f.region() != null) {
            w.append(" and upper(i.region) = :region");
            params.put("region", f.region().toUpperCase());
        }
        if (f.domain() != null) {
            w.append(" and (i.registrableDomain = :domain or i.domain = :domain)");
            params.put("domain", f.domain().toLowerCase());
        }
        if (f.partnerId() != null) {
            // The same rule as QueueEntry.isOfferedTo: in the partner's coverage, and not reserved for another partner.
            w.append(" and (q.organisation is null or q.organisation.id = :partner) and lower(i.region) in :pregions"
                    + " and (case when locate('-', i.language) > 0 then lower(substring(i.language, 1,"
                    + " locate('-', i.language) - 1)) else lower(i.language) end) in :planguages");
            params.put("partner", f.partnerId());
            params.put("pregions", f.partnerRegions().isEmpty() ? List.of("") : f.partnerRegions());
            params.put("planguages", f.partnerLanguages().isEmpty() ? List.of("") : f.partnerLanguages());
        }
        return w.toString();
    }
}
