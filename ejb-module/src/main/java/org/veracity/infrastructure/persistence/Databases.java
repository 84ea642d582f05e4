package org.veracity.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Which database Veracity runs on, for the few set-based paths that use PostgreSQL's own statements
 * (production and CI) and keep a portable fallback for the embedded H2 of a first run.
 */
public final class Databases {

    private Databases() {
    }

    public static boolean isPostgres(EntityManager em) {
        return em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect() instanceof PostgreSQLDialect;
    }
}
