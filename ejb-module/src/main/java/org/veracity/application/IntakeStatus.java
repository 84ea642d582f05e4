package org.veracity.application;

/** The outcome of one submitted item or signal (DESIGN §4). */
public enum IntakeStatus {
    ACCEPTED, DUPLICATE, REJECTED, BLOCKED, REMOVED
}
