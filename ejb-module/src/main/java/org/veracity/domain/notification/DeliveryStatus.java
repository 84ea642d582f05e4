package org.veracity.domain.notification;

/**
 * {@code HELD}: the channel's credentials were refused (a WhatsApp token expired); waits, without using up
 * retries, until an admin replaces them. {@code DEAD}: retried for the whole schedule, waits for a replay.
 */
public enum DeliveryStatus { PENDING, DELIVERED, HELD, DEAD }
