package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.veracity.domain.audit.AuditEvent;
import org.veracity.domain.audit.AuditRepository;
import org.veracity.domain.audit.ChainHead;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    private static final int HEAD_ID = 1;

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public ChainHead lockHead() {
        return em.find(ChainHead.class, HEAD_ID, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void store(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> findBySubject(String subjectType, String subjectId) {
        return em.createQuery("select e from AuditEvent e where e.subjectType = :type and e.subjectId = :id"
                        + " order by e.sequence", AuditEvent.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).getResultList();
    }

    @Override
    public List<AuditEvent> page(long afterSequence, int limit) {
        return em.createQuery("select e from AuditEvent e where e.sequence > :after order by e.sequence",
                AuditEvent.class).setParameter("after", afterSequence).setMaxResults(limit).getResultList();
    }
}
