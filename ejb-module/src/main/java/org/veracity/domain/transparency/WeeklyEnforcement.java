package org.veracity.domain.transparency;

/** Enforcements of one action in one ISO week, over every policy version (and every region unless filtered). */
public record WeeklyEnforcement(String week, String action, long count) {
}
