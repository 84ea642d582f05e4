package org.veracity.infrastructure.grid;

import com.hazelcast.core.HazelcastInstance;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** The data grid Payara runs (Hazelcast), when clustering is on. */
final class PayaraGrid {

    private PayaraGrid() {
    }

    /** The running grid member of this instance, or null when there is none. */
    static HazelcastInstance running() {
        try {
            HazelcastInstance found = (HazelcastInstance) new InitialContext().lookup("payara/Hazelcast");
            return found != null && found.getLifecycleService().isRunning() ? found : null;
        } catch (NamingException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Creates distributed objects on a thread that inherits no invocation of this application. Payara ties an object
     * created inside an application to it (Hazelcast's tenant control), and every operation on such an object, on
     * every member, then enters the application's CDI request context before it runs and leaves it after: at intake,
     * 8 % of the JVM's CPU went there (issue 15). Veracity's objects hold strings and byte arrays, which need no
     * application class loader, so they need no tenant. Objects another member created first keep that member's
     * tenant.
     */
    static <T> T withoutTenant(Supplier<T> creation) {
        AtomicReference<T> made = new AtomicReference<>();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        Thread creator = new Thread(null, () -> {
            try {
                made.set(creation.get());
            } catch (RuntimeException e) {
                failed.set(e);
            }
        }, "veracity-grid-objects", 0, false); // false: no inherited thread locals, so no current invocation
        creator.start();
        try {
            creator.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating grid objects", e);
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        return made.get();
    }
}
