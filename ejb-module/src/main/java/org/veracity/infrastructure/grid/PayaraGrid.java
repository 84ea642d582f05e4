package org.veracity.infrastructure.grid;

import com.hazelcast.core.HazelcastInstance;
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
}
