package org.veracity.application.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.veracity.domain.escalation.PublicFormLimits;

class PublicFormTicketsTest {

    private static final PublicFormLimits LIMITS = new PublicFormLimits(3, 5);
    private static final Instant SHOWN = Instant.parse("2026-11-02T10:00:00Z");

    private final PublicFormTickets tickets = new PublicFormTickets(randomKey());

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return key;
    }

    @Test
    void aFormSentBackAfterTheMinimumIsAccepted() {
        String ticket = tickets.issue(SHOWN);
        assertNull(tickets.whyRefused(ticket, SHOWN.plusSeconds(3), LIMITS));
        assertNull(tickets.whyRefused(ticket, SHOWN.plusSeconds(PublicFormLimits.TICKET_LIFETIME_SECONDS), LIMITS));
    }

    @Test
    void aFormSentBackTooSoonOrTooLateIsRefused() {
        String ticket = tickets.issue(SHOWN);
        assertTrue(tickets.whyRefused(ticket, SHOWN.plusSeconds(2), LIMITS).contains("too quickly"));
        assertTrue(tickets.whyRefused(ticket, SHOWN.plusSeconds(PublicFormLimits.TICKET_LIFETIME_SECONDS + 1), LIMITS)
                .contains("expired"));
    }

    @Test
    void aForgedOrMissingTicketIsRefused() {
        String ticket = tickets.issue(SHOWN);
        String earlier = (SHOWN.getEpochSecond() - 60) + ticket.substring(ticket.indexOf('.'));
        assertNotNull(tickets.whyRefused(earlier, SHOWN.plusSeconds(10), LIMITS), "a changed time breaks the signature");
        assertNotNull(tickets.whyRefused(new PublicFormTickets(randomKey()).issue(SHOWN), SHOWN.plusSeconds(10), LIMITS),
                "another key's ticket");
        assertNotNull(tickets.whyRefused(null, SHOWN, LIMITS));
        assertNotNull(tickets.whyRefused("garbage", SHOWN, LIMITS));
    }

    @Test
    void anotherInstanceWithTheSameKeyAcceptsTheTicketSoARestartOrAClusterRefusesNoForm() {
        byte[] shared = randomKey();
        String shownByOne = new PublicFormTickets(shared).issue(SHOWN);
        assertNull(new PublicFormTickets(shared).whyRefused(shownByOne, SHOWN.plusSeconds(10), LIMITS));
        assertNotNull(new PublicFormTickets(randomKey()).whyRefused(shownByOne, SHOWN.plusSeconds(10), LIMITS));
    }
}
