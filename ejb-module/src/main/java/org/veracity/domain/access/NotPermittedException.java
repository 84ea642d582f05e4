package org.veracity.domain.access;

import jakarta.ejb.ApplicationException;

/** The actor's role does not allow this action (403 over HTTP). */
@ApplicationException(rollback = true)
public class NotPermittedException extends RuntimeException {
    public NotPermittedException(String message) {
        super(message);
    }
}
