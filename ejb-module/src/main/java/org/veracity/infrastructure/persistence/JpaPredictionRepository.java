package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.prediction.Prediction;
import org.veracity.domain.prediction.PredictionRepository;

@ApplicationScoped
public class JpaPredictionRepository implements PredictionRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public void store(Prediction prediction) {
        em.persist(prediction);
    }

    @Override
    public Optional<Prediction> latestFor(ContentItem item) {
        return em.createQuery("select p from Prediction p where p.item = :item order by p.evaluatedAt desc, p.id desc",
                Prediction.class).setParameter("item", item).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<Prediction> firstPredictedFor(ContentItem item) {
        return em.createQuery("select p from Prediction p where p.item = :item and p.predicted = true"
                        + " order by p.evaluatedAt, p.id", Prediction.class)
                .setParameter("item", item).setMaxResults(1).getResultStream().findFirst();
    }
}
