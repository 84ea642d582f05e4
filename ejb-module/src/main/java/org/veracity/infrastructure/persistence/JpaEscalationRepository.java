package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.escalation.Escalation;
import org.veracity.domain.escalation.EscalationRepository;
import org.veracity.domain.escalation.EscalationStatus;

@ApplicationScoped
public class JpaEscalationRepository implements EscalationRepository {

    private static final List<EscalationStatus> OPEN = List.of(EscalationStatus.values()).stream()
            .filter(EscalationStatus::isOpen).toList();

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public void store(Escalation escalation) {
        em.persist(escalation);
    }

    @Override
    public Optional<Escalation> findByTrackingId(String trackingId) {
        return em.createQuery("select e from Escalation e where e.trackingId = :t", Escalation.class)
                .setParameter("t", trackingId).getResultStream().findFirst();
    }

    @Override
    public Optional<Escalation> lockByTrackingId(String trackingId) {
        // The row lock is taken by plain SQL, then the state is read again under it. Hibernate's own lock on an
        // instance already read in this transaction (refresh or find with a lock mode) reads, then locks checking
        // the version, and fails when another answer committed in between: two answers at once gave a 500.
        if (em.createNativeQuery("SELECT id FROM escalation WHERE tracking_id = ?1 FOR UPDATE")
                .setParameter(1, trackingId).getResultList().isEmpty()) {
            return Optional.empty();
        }
        Optional<Escalation> e = findByTrackingId(trackingId);
        e.ifPresent(em::refresh);
        return e;
    }

    @Override
    public Optional<Escalation> lockById(long id) {
        // As lockByTrackingId: the row lock by plain SQL, then the state read under it.
        if (em.createNativeQuery("SELECT id FROM escalation WHERE id = ?1 FOR UPDATE").setParameter(1, id)
                .getResultList().isEmpty()) {
            return Optional.empty();
        }
        Escalation e = em.find(Escalation.class, id);
        em.refresh(e);
        return Optional.of(e);
    }

    @Override
    public List<Long> breachCandidates(Instant now, int limit) {
        return em.createQuery("select e.id from Escalation e where (e.firstResponseBreachedAt is null"
                        + " and e.firstResponseDue < :now and (e.firstResponseAt is null or e.firstResponseAt > e.firstResponseDue))"
                        + " or (e.decisionBreachedAt is null and e.decisionDue < :now"
                        + " and (e.firstDecidedAt is null or e.firstDecidedAt > e.decisionDue)) order by e.id", Long.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Escalation> breachesRecordedSince(Instant since, int limit) {
        return em.createQuery("select e from Escalation e where e.firstResponseBreachedAt >= :s"
                        + " or e.decisionBreachedAt >= :s order by e.id desc", Escalation.class)
                .setParameter("s", since).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Escalation> open() {
        return em.createQuery("select e from Escalation e where e.status in :s", Escalation.class)
                .setParameter("s", OPEN).getResultList();
    }

    @Override
    public List<Escalation> receivedBetween(Instant from, Instant to) {
        return em.createQuery("select e from Escalation e where e.receivedAt >= :f and e.receivedAt < :t"
                        + " order by e.receivedAt", Escalation.class)
                .setParameter("f", from).setParameter("t", to).getResultList();
    }

    @Override
    public List<Escalation> mergedInto(String trackingId) {
        return em.createQuery("select e from Escalation e where e.mergedInto = :t and e.status = :s", Escalation.class)
                .setParameter("t", trackingId).setParameter("s", EscalationStatus.MERGED).getResultList();
    }

    @Override
    public List<Escalation> withOpenProposal(String policyCode) {
        return em.createQuery("select e from Escalation e where e.policyCode = :p and e.policyProposal is not null"
                + " and e.proposalLinkedVersion is null", Escalation.class).setParameter("p", policyCode).getResultList();
    }

    @Override
    public List<Escalation> withProposals() {
        return em.createQuery("select e from Escalation e where e.policyProposal is not null order by e.decided.decidedAt desc",
                Escalation.class).setMaxResults(200).getResultList();
    }

    @Override
    public long countFromEmailSince(String email, Instant since) {
        return em.createQuery("select count(e) from Escalation e where e.reporterEmail = :m and e.receivedAt >= :s",
                Long.class).setParameter("m", email).setParameter("s", since).getSingleResult();
    }

    @Override
    public List<Escalation> recent(int limit) {
        return em.createQuery("select e from Escalation e order by e.receivedAt desc, e.id desc", Escalation.class)
                .setMaxResults(limit).getResultList();
    }
}
