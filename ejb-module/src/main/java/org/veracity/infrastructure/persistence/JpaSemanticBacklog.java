package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.rfh.SemanticBacklog;

@ApplicationScoped
public class JpaSemanticBacklog implements SemanticBacklog {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public void enqueue(Map<ContentItem, Long> reachByItem, Instant at) {
        if (reachByItem.isEmpty()) {
            return;
        }
        // The items' rows must exist in the database before the rows that refer to them: one flush for the batch,
        // then one JDBC batch (a flush per item would dirty-check the whole intake batch once per item).
        em.flush();
        OffsetDateTime queuedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO semantic_backlog (content_id, reach, queued_at) VALUES (?, ?, ?)")) {
                for (Map.Entry<ContentItem, Long> queued : reachByItem.entrySet()) {
                    insert.setLong(1, queued.getKey().getId());
                    insert.setLong(2, queued.getValue());
                    insert.setObject(3, queuedAt);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
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
