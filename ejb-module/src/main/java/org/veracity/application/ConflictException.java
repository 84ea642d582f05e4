package org.veracity.application;

import jakarta.ejb.ApplicationException;

/** Someone else got there first: the item is claimed, the dispute already resolved (409 over HTTP). */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
