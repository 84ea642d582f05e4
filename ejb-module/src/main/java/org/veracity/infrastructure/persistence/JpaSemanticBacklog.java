package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.rfh.SemanticBacklog;

@ApplicationScoped
public class JpaSemanticBacklog implements SemanticBacklog {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public void enqueue(ContentItem item, long reach, Instant at) {
        em.flush(); // the item's id must exist in the database before the row that refers to it
        em.createNativeQuery("INSERT INTO semantic_backlog (content_id, reach, queued_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, item.getId()).setParameter(2, reach).setParameter(3, at).executeUpdate();
    }

    @Override
    public List<ContentItem> claim(int limit) {
        // Same SQL on PostgreSQL and H2 (2.2 accepts SKIP LOCKED); the limit is a validated int, not user input.
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT content_id FROM semantic_backlog"
                + " ORDER BY reach DESC, queued_at, content_id FETCH FIRST " + Math.max(1, limit)
                + " ROWS ONLY FOR UPDATE SKIP LOCKED").getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return ids.stream().map(id -> em.find(ContentItem.class, id.longValue())).filter(i -> i != null).toList();
    }

    @Override
    public void done(ContentItem item) {
        em.createNativeQuery("DELETE FROM semantic_backlog WHERE content_id = ?1").setParameter(1, item.getId())
                .executeUpdate();
    }

    @Override
    public Status status() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), MIN(queued_at) FROM semantic_backlog")
                .getSingleResult();
        return new Status(((Number) row[0]).longValue(), Optional.ofNullable(instantOf(row[1])));
    }

    private static Instant instantOf(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
