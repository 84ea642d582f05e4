package org.veracity.domain.factcheck;

public enum QueueStatus {
    QUEUED, CLAIMED, RATED, CLOSED
}
