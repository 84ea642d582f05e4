package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.breakglass.BreakGlassActivation;
import org.veracity.domain.breakglass.BreakGlassMeasure;
import org.veracity.domain.breakglass.BreakGlassRepository;

@ApplicationScoped
public class JpaBreakGlassRepository implements BreakGlassRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public List<BreakGlassMeasure> all() {
        return em.createQuery("select m from BreakGlassMeasure m order by m.name", BreakGlassMeasure.class)
                .getResultList();
    }

    @Override
    public Optional<BreakGlassMeasure> find(long id) {
        return Optional.ofNullable(em.find(BreakGlassMeasure.class, id));
    }

    @Override
    public Optional<BreakGlassMeasure> findByName(String name) {
        return em.createQuery("select m from BreakGlassMeasure m where m.name = :n", BreakGlassMeasure.class)
                .setParameter("n", name).getResultStream().findFirst();
    }

    @Override
    public Optional<BreakGlassActivation> openActivation(BreakGlassMeasure measure) {
        return em.createQuery("select a from BreakGlassActivation a where a.measure = :m and a.deactivatedAt is null"
                        + " order by a.activatedAt desc", BreakGlassActivation.class)
                .setParameter("m", measure).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<BreakGlassActivation> history() {
        return em.createQuery("select a from BreakGlassActivation a order by a.activatedAt desc, a.id desc",
                BreakGlassActivation.class).getResultList();
    }

    @Override
    public void store(BreakGlassMeasure measure) {
        em.persist(measure);
    }

    @Override
    public void store(BreakGlassActivation activation) {
        em.persist(activation);
    }
}
