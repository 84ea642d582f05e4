package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.veracity.domain.distribution.ProjectionStamps;

/** The sequence {@code distribution_projection_stamp} (V30), in the dialect's own words (PostgreSQL or H2). */
@ApplicationScoped
public class JpaProjectionStamps implements ProjectionStamps {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public long next() {
        String sql = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect().getSequenceSupport().getSequenceNextValString("distribution_projection_stamp");
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
