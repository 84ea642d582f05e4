package org.veracity.infrastructure.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.demotion.Demotion;
import org.veracity.domain.distribution.TreatmentChanges;
import org.veracity.domain.factcheck.Rating;
import org.veracity.domain.label.Label;
import org.veracity.domain.offender.RepeatOffender;
import org.veracity.domain.sponsorship.DisclosureRequest;

/**
 * Notes every change Hibernate writes to something a distribution answer depends on (an item's status, a demotion,
 * a label, a rating, a disclosure request, a repeat-offender penalty) and, once the transaction has committed,
 * reports the items to {@link TreatmentChanges}. One instance per session, so per transaction
 * ({@code hibernate.session_factory.session_scoped_interceptor} in persistence.xml).
 * <p>
 * Seeing the changes where they are written, not where the use cases make them, means no use case can forget to
 * refresh the projection. Bulk JPQL or SQL statements bypass it: none touches these tables' answer columns.
 */
public class TreatmentChangeCapture implements Interceptor {

    private Changes changes;

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        note(entity);
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names,
                                Type[] types) {
        note(entity);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        note(entity);
    }

    private void note(Object entity) {
        Object itemEntity = itemOf(entity);
        boolean penalty = entity instanceof RepeatOffender;
        if (itemEntity == null && !penalty) {
            return;
        }
        if (changes == null) {
            changes = new Changes();
            registry().registerInterposedSynchronization(changes);
        }
        if (itemEntity != null) {
            changes.items.add(itemEntity);
        }
        changes.penalties |= penalty;
    }

    private static Object itemOf(Object entity) {
        if (entity instanceof ContentItem) {
            return entity;
        } else if (entity instanceof Demotion d) {
            return d.getItem();
        } else if (entity instanceof Label l) {
            return l.getItem();
        } else if (entity instanceof Rating r) {
            return r.getItem();
        } else if (entity instanceof DisclosureRequest r) {
            return r.getItem();
        }
        return null;
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext()
                    .lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            throw new IllegalStateException("no transaction synchronization registry", e);
        }
    }

    /**
     * The items are resolved to ids after the commit: an item inserted in this transaction has its id by then. Held by
     * identity, since hashing a lazy item would load it.
     */
    private static final class Changes implements Synchronization {

        final Set<Object> items = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean penalties;

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                return;
            }
            Set<Long> ids = new HashSet<>();
            for (Object item : items) {
                Long id = ((ContentItem) item).getId();
                if (id != null) {
                    ids.add(id);
                }
            }
            TreatmentChanges.committed(ids, penalties);
        }
    }
}
