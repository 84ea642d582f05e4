package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.signal.Signal;
import org.veracity.domain.signal.SignalKind;
import org.veracity.domain.signal.SignalRepository;
import org.veracity.domain.signal.SignalTotals;

@ApplicationScoped
public class JpaSignalRepository implements SignalRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public Set<String> existingPlatformIds(Collection<String> platformIds) {
        return ExistingPlatformIds.in(em, "content_signal", platformIds);
    }

    @Override
    public void store(Signal signal) {
        em.persist(signal);
    }

    @Override
    public SignalTotals totalsFor(ContentItem item) {
        List<Object[]> rows = em.createQuery("select s.kind, sum(s.count), max(s.score) from Signal s"
                + " where s.item = :item group by s.kind", Object[].class).setParameter("item", item).getResultList();
        long reports = 0;
        long disbelief = 0;
        long external = 0;
        Double classifier = null;
        for (Object[] row : rows) {
            long sum = ((Number) row[1]).longValue();
            switch ((SignalKind) row[0]) {
                case FALSE_NEWS_REPORT -> reports = sum;
                case DISBELIEF_COMMENT -> disbelief = sum;
                case EXTERNAL_FALSITY -> external = sum;
                case CLASSIFIER_SCORE -> classifier = row[2] == null ? null : ((Number) row[2]).doubleValue();
            }
        }
        return new SignalTotals(reports, disbelief, external, classifier);
    }

    @Override
    public List<Signal> findByItem(ContentItem item) {
        return em.createQuery("select s from Signal s where s.item = :item order by s.observedAt", Signal.class)
                .setParameter("item", item).getResultList();
    }
}
