package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;
import org.veracity.domain.audit.AuditCheckpoint;
import org.veracity.domain.audit.AuditEvent;
import org.veracity.domain.audit.AuditRepository;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.audit.ChainHead;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    private static final int HEAD_ID = 1;
    /** The columns a bulk append writes, in the order both its paths (COPY and the JDBC batch) give them. */
    static final String COLUMNS = "seq, occurred_at, actor, actor_role, subject_type, subject_id, action,"
            + " policy_version, reason, previous_hash, hash, key_id, mac";

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public ChainHead lockHead() {
        // Pending row changes go first: every transaction then locks the rows it changes before the
        // chain head, as the nightly expiry does, and two of them never wait for each other in a circle.
        em.flush();
        return em.find(ChainHead.class, HEAD_ID, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void store(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public void storeAll(List<AuditEvent> chained) {
        if (chained.isEmpty()) {
            return;
        }
        // Anything this transaction persisted before goes first, so the rows reach the table in chain order.
        em.flush();
        boolean postgres = Databases.isPostgres(em);
        em.unwrap(Session.class).doWork(connection -> {
            if (postgres) {
                AuditEventCopy.copy(connection, chained);
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into audit_event (" + COLUMNS + ")"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (AuditEvent e : chained) {
                    insert.setLong(1, e.getSequence());
                    insert.setObject(2, OffsetDateTime.ofInstant(e.getOccurredAt(), ZoneOffset.UTC));
                    insert.setString(3, e.getActor());
                    insert.setString(4, e.getRole());
                    insert.setString(5, e.getSubjectType());
                    insert.setString(6, e.getSubjectId());
                    insert.setString(7, e.getAction());
                    setNullable(insert, 8, e.getPolicyVersion());
                    setNullable(insert, 9, e.getReason());
                    insert.setString(10, e.getPreviousHash());
                    insert.setString(11, e.getHash());
                    setNullable(insert, 12, e.getKeyId());
                    setNullable(insert, 13, e.getMac());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    @Override
    public List<AuditEvent> findBySubject(AuditSubject subject, String subjectId) {
        return em.createQuery("select e from AuditEvent e where e.subjectType = :type and e.subjectId = :id"
                        + " order by e.sequence", AuditEvent.class)
                .setParameter("type", subject.name()).setParameter("id", subjectId).getResultList();
    }

    @Override
    public List<AuditEvent> page(long afterSequence, int limit) {
        // Read-only and detached: the chain verification walks every event (a million after one nightly
        // expiry) in one transaction, and must not keep them all in the persistence context.
        List<AuditEvent> page = em.createQuery("select e from AuditEvent e where e.sequence > :after"
                        + " order by e.sequence", AuditEvent.class).setParameter("after", afterSequence)
                .setHint("org.hibernate.readOnly", true).setMaxResults(limit).getResultList();
        page.forEach(em::detach);
        return page;
    }

    @Override
    public void store(AuditCheckpoint checkpoint) {
        em.persist(checkpoint);
    }

    @Override
    public List<AuditCheckpoint> checkpoints() {
        return em.createQuery("select c from AuditCheckpoint c order by c.number", AuditCheckpoint.class).getResultList();
    }

    @Override
    public List<AuditCheckpoint> latestCheckpoints(int limit) {
        return em.createQuery("select c from AuditCheckpoint c order by c.number desc", AuditCheckpoint.class)
                .setMaxResults(limit).getResultList();
    }
}
