package org.veracity.interfaces.batch.exemption;

/** Fails the rebuild: the ranking file is empty, truncated or garbled. */
public class RankingRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RankingRejectedException(String message) {
        super(message);
    }
}
