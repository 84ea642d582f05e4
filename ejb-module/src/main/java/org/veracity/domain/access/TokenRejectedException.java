package org.veracity.domain.access;

import jakarta.ejb.ApplicationException;

/** A bearer token that cannot authenticate anyone (R24: answered with 401). */
@ApplicationException(rollback = true)
public class TokenRejectedException extends RuntimeException {

    public enum Reason {
        MISSING("no bearer token was sent"),
        MALFORMED("the bearer token is not of the form vrc_ followed by 43 characters"),
        UNKNOWN("the bearer token is not known"),
        EXPIRED("the bearer token has expired"),
        REVOKED("the bearer token was revoked");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final Reason reason;

    public TokenRejectedException(Reason reason) {
        super(reason.description());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
