package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.veracity.domain.audit.AuditChains;
import org.veracity.domain.audit.AuditCheckpoint;
import org.veracity.domain.audit.AuditEvent;
import org.veracity.domain.audit.AuditRepository;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.audit.ChainHead;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    /** The columns a bulk append writes, in the order both its paths (COPY and the JDBC batch) give them. */
    static final String COLUMNS = "seq, chain, chain_position, occurred_at, actor, actor_role, subject_type, subject_id,"
            + " action, policy_version, reason, previous_hash, hash, key_id, mac";
    private static final String HEADS = "select id, last_seq, last_position, last_hash from audit_chain_head";

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    /** Plain JDBC on the transaction's connection: appends run as it commits, after the entity manager's flush. */
    private <T> T jdbc(org.hibernate.jdbc.ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }

    @Override
    public List<ChainHead> lockHeads(Collection<Integer> chains) {
        String ids = chains.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        return jdbc(c -> heads(c, HEADS + " where id in (" + ids + ") order by id for update"));
    }

    @Override
    public List<ChainHead> heads() {
        return jdbc(c -> heads(c, HEADS + " order by id"));
    }

    private static List<ChainHead> heads(Connection c, String sql) throws SQLException {
        List<ChainHead> heads = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                heads.add(new ChainHead(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getString(4)));
            }
        }
        return heads;
    }

    @Override
    public long[] nextSequences(int count) {
        // generate_series is spelt alike by PostgreSQL and H2; nextval is evaluated once per row.
        return jdbc(c -> {
            long[] numbers = new long[count];
            try (PreparedStatement s = c.prepareStatement(
                    "select nextval('audit_event_seq') from generate_series(1, ?)")) {
                s.setInt(1, count);
                try (ResultSet rs = s.executeQuery()) {
                    for (int i = 0; i < count && rs.next(); i++) {
                        numbers[i] = rs.getLong(1);
                    }
                }
            }
            java.util.Arrays.sort(numbers);
            return numbers;
        });
    }

    @Override
    public void append(List<AuditEvent> chained, List<ChainHead> movedHeads) {
        if (chained.isEmpty()) {
            return;
        }
        boolean postgres = Databases.isPostgres(em);
        jdbc(connection -> {
            if (postgres) {
                AuditEventCopy.copy(connection, chained);
            } else {
                insert(connection, chained);
            }
            try (PreparedStatement update = connection.prepareStatement("update audit_chain_head"
                    + " set last_seq = ?, last_position = ?, last_hash = ? where id = ?")) {
                for (ChainHead h : movedHeads) {
                    update.setLong(1, h.getLastSequence());
                    update.setLong(2, h.getLastPosition());
                    update.setString(3, h.getLastHash());
                    update.setInt(4, h.getChain());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    private static void insert(Connection connection, List<AuditEvent> chained) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into audit_event (" + COLUMNS + ")"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditEvent e : chained) {
                insert.setLong(1, e.getSequence());
                insert.setInt(2, e.getChain());
                insert.setLong(3, e.getPosition());
                insert.setObject(4, OffsetDateTime.ofInstant(e.getOccurredAt(), ZoneOffset.UTC));
                insert.setString(5, e.getActor());
                insert.setString(6, e.getRole());
                insert.setString(7, e.getSubjectType());
                insert.setString(8, e.getSubjectId());
                insert.setString(9, e.getAction());
                setNullable(insert, 10, e.getPolicyVersion());
                setNullable(insert, 11, e.getReason());
                insert.setString(12, e.getPreviousHash());
                insert.setString(13, e.getHash());
                setNullable(insert, 14, e.getKeyId());
                setNullable(insert, 15, e.getMac());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
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
    public List<AuditEvent> page(int chain, long afterPosition, long upTo, int limit) {
        // Read-only and detached: the chain verification walks every event (a million after one nightly
        // expiry) in one transaction, and must not keep them all in the persistence context.
        List<AuditEvent> page = em.createQuery("select e from AuditEvent e where e.chain = :chain"
                        + " and e.position > :after and e.position <= :upTo order by e.position", AuditEvent.class)
                .setParameter("chain", chain).setParameter("after", afterPosition).setParameter("upTo", upTo)
                .setHint("org.hibernate.readOnly", true).setMaxResults(limit).getResultList();
        page.forEach(em::detach);
        return page;
    }

    @Override
    public long eventsBeyondHeads() {
        return ((Number) em.createNativeQuery("select count(*) from audit_event e join audit_chain_head h on h.id = e.chain"
                + " where e.chain_position > h.last_position").getSingleResult()).longValue();
    }

    @Override
    public void lockCheckpoints() {
        // Chain 0's head is never moved again (AuditChains): locking it holds only other checkpoint takers.
        em.createNativeQuery("select id from audit_chain_head where id = " + AuditChains.LEGACY + " for update")
                .getResultList();
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
