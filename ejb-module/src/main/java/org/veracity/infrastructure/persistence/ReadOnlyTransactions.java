package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * For use cases that only read, on hot paths: the entities they load are neither snapshotted nor dirty-checked,
 * and no query triggers an auto-flush. Applies to the persistence context of the current transaction only, so the
 * use case must run in a transaction of its own.
 */
@ApplicationScoped
public class ReadOnlyTransactions {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    public void markCurrent() {
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }
}
