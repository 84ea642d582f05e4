package org.veracity.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** R21: each event's hash covers its fields and its predecessor's hash. */
class AuditEventTest {

    private final AuditEntry entry = new AuditEntry("alice", "MODERATOR", "CONTENT", "c-1", "DEMOTED",
            "temporary-demotion@v1", "x0.5");
    private final Instant at = Instant.parse("2020-10-14T12:00:00.123456789Z");

    @Test
    void the_first_event_follows_the_genesis_hash() {
        AuditEvent first = AuditEvent.chain(1, AuditEvent.GENESIS, entry, at);
        assertTrue(first.followsIntactly(AuditEvent.GENESIS));
        assertEquals(64, first.getHash().length());
    }

    @Test
    void times_are_cut_to_microseconds_as_databases_store_them() {
        assertEquals(Instant.parse("2020-10-14T12:00:00.123456Z"), AuditEvent.chain(1, AuditEvent.GENESIS, entry, at)
                .getOccurredAt());
    }

    @Test
    void an_event_does_not_follow_a_different_predecessor() {
        AuditEvent first = AuditEvent.chain(1, AuditEvent.GENESIS, entry, at);
        AuditEvent second = AuditEvent.chain(2, first.getHash(), entry, at);
        assertTrue(second.followsIntactly(first.getHash()));
        assertFalse(second.followsIntactly(AuditEvent.GENESIS));
        assertNotEquals(first.getHash(), second.getHash());
    }

    @Test
    void a_changed_field_no_longer_matches_the_stored_hash() throws ReflectiveOperationException {
        AuditEvent event = AuditEvent.chain(1, AuditEvent.GENESIS, entry, at);
        Field reason = AuditEvent.class.getDeclaredField("reason");
        reason.setAccessible(true);
        reason.set(event, "x0.9");
        assertFalse(event.followsIntactly(AuditEvent.GENESIS));
    }
}
