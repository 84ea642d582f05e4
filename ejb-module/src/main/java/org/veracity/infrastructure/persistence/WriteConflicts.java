package org.veracity.infrastructure.persistence;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises the failures a transaction meets only because another one wrote the same rows at the
 * same time: a unique key taken by a concurrent insert, a deadlock, a serialization failure or a
 * lock wait that timed out. Such a transaction can be run again and will see the other's result.
 */
public final class WriteConflicts {

    /**
     * SQLSTATEs of PostgreSQL and H2: 23505 unique violation, 40001 serialization failure (H2's
     * deadlock too), 40P01 deadlock, 55P03 lock not available, HYT00 lock timeout (H2).
     */
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "40001", "40P01", "55P03", "HYT00");

    private WriteConflicts() {
    }

    public static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PessimisticLockException || t instanceof LockTimeoutException
                    || t instanceof OptimisticLockException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && CONFLICT_STATES.contains(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
