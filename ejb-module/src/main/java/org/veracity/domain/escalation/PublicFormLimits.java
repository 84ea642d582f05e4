package org.veracity.domain.escalation;

/**
 * The public form's abuse protection (R20), with no third-party service: a form sent less than {@code minSeconds}
 * after it was shown is refused (a signed, time-stamped ticket travels with the form), as is a form whose hidden
 * honeypot field is filled, and an e-mail address may report at most {@code perEmailPerDay} times a day.
 */
public record PublicFormLimits(int minSeconds, int perEmailPerDay) {

    /** How long a shown form stays valid. */
    public static final long TICKET_LIFETIME_SECONDS = 6 * 3600;
}
