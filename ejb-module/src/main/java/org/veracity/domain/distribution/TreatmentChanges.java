package org.veracity.domain.distribution;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where the persistence layer reports, once a transaction has committed, which items' treatments it changed. The
 * distribution projection listens; the persistence layer knows nothing of it (a domain event, published statically
 * because its publisher is created by Hibernate, not by the container).
 */
public final class TreatmentChanges {

    /** Told after the commit, in the committing thread, before the caller gets its answer. */
    public interface Listener {
        void committed(Set<Long> itemIds, boolean penaltiesChanged);
    }

    private static final AtomicReference<Listener> LISTENER = new AtomicReference<>();

    private TreatmentChanges() {
    }

    public static void listen(Listener listener) {
        LISTENER.set(listener);
    }

    public static void stopListening(Listener listener) {
        LISTENER.compareAndSet(listener, null);
    }

    public static void committed(Set<Long> itemIds, boolean penaltiesChanged) {
        Listener l = LISTENER.get();
        if (l != null && (!itemIds.isEmpty() || penaltiesChanged)) {
            l.committed(itemIds, penaltiesChanged);
        }
    }
}
