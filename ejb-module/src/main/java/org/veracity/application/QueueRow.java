package org.veracity.application;

import java.time.Instant;

/** One line of the fact-check queue as moderators and fact-checkers see it. */
public record QueueRow(String contentId, String domain, String excerpt, String language, String region,
                       String route, String status, double priority, Instant enqueuedAt, String issue,
                       String claimedBy, Instant leaseUntil, double multiplierNow) {
}
