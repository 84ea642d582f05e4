package org.veracity.application;

import jakarta.ejb.ApplicationException;

/** The item, rating, dispute or entry named does not exist (404 over HTTP). */
@ApplicationException(rollback = true)
public class UnknownSubjectException extends RuntimeException {
    public UnknownSubjectException(String message) {
        super(message);
    }
}
