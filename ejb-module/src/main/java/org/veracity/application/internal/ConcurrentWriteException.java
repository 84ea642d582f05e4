package org.veracity.application.internal;

import jakarta.ejb.ApplicationException;

/**
 * A batch lost a race for rows another transaction wrote at the same time (see
 * {@link org.veracity.infrastructure.persistence.WriteConflicts}). Everything it wrote is rolled back
 * and it can run again; an application exception, so the container neither logs it nor wraps it.
 */
@ApplicationException(rollback = true)
class ConcurrentWriteException extends RuntimeException {

    ConcurrentWriteException(Throwable conflict) {
        super("a concurrent transaction wrote the same rows", conflict, false, false);
    }
}
