package org.veracity.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.audit.AuditKey;
import org.veracity.domain.audit.AuditKeyring;
import org.junit.jupiter.api.Test;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditEvent;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.audit.AuditChains;

/** The trail collects a transaction's entries and chains them by subject as it commits. */
class AuditTrailTest {

    private static final AuditKey KEY = new AuditKey("t1", "thirty-two bytes of test key material".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T03:00:00.123456789Z"), ZoneOffset.UTC);

    @Test
    void entries_are_written_at_commit_each_subject_in_its_own_chain_in_the_order_recorded() {
        MemoryAuditLog log = new MemoryAuditLog();
        AuditTrail trail = trail(log);
        trail.record(new AuditEntry("alice", "specialist", "CONTENT", "post_0", "LABELLED", null, "before"));
        trail.recordAll(List.of(
                new AuditEntry("SYSTEM", "system", "CONTENT", "post_1", "DEMOTION_EXPIRED", "p@v1", "x0.5"),
                new AuditEntry("SYSTEM", "system", "CONTENT", "post_0", "DEMOTION_EXPIRED", null, null),
                new AuditEntry("SYSTEM", "system", "CONTENT", "post_1", "DEMOTION_EXPIRED", "p@v1", "x0.2")));
        trail.recordAll(List.of());
        assertTrue(log.stored.isEmpty(), "nothing is written, and no head held, before the transaction commits");

        log.transaction.commit();
        assertEquals(4, log.stored.size());
        assertEquals(1, log.appends, "one write for the transaction");
        int chain0 = AuditChains.of("CONTENT", "post_0");
        int chain1 = AuditChains.of("CONTENT", "post_1");
        assertTrue(chain0 != chain1, "these two subjects were picked to fall in different chains");
        assertEquals(List.of("before", "null"), reasons(log.findBySubject(AuditSubject.CONTENT, "post_0")));
        assertEquals(List.of("x0.5", "x0.2"), reasons(log.findBySubject(AuditSubject.CONTENT, "post_1")));
        for (int chain : List.of(chain0, chain1)) {
            String previous = AuditEvent.GENESIS;
            long position = 0;
            long sequence = 0;
            for (AuditEvent e : log.chain(chain)) {
                assertEquals(++position, e.getPosition());
                assertTrue(e.getSequence() > sequence, "numbers grow along the chain");
                assertTrue(e.followsIntactly(previous));
                assertTrue(KEY.sealed(e.sealedText(), e.getMac()), "every event sealed with the key");
                previous = e.getHash();
                sequence = e.getSequence();
            }
            assertEquals(2, position);
            assertEquals(previous, log.heads.get(chain).getLastHash(), "the head moved onto the chain's last event");
        }

        trail.record(new AuditEntry("bob", "specialist", "CONTENT", "post_0", "RESTORED", null, "later"));
        log.transaction.commit();
        assertEquals(3, log.chain(chain0).size(), "a later transaction continues the same chain");
        assertTrue(log.chain(chain0).get(2).followsIntactly(log.chain(chain0).get(1).getHash()));
    }

    private static List<String> reasons(List<AuditEvent> events) {
        return events.stream().map(e -> String.valueOf(e.getReason())).toList();
    }

    @Test
    void itemTreatmentChangesAreAnnouncedAsNoticesAndOtherEventsAreNot() {
        AuditTrail trail = trail(new MemoryAuditLog());
        RecordingEvents notices = (RecordingEvents) trail.notices;
        trail.record(new AuditEntry("alice", "MODERATOR", "CONTENT", "post_9", "REMOVED", "voter-interference@v1",
                "wrong polling date"));
        trail.record(new AuditEntry("alice", "MODERATOR", "CONTENT", "post_9", "INTAKE_ACCEPTED", null, null));
        trail.record(new AuditEntry("admin", "ADMIN", "TOKEN", "t1", "TOKEN_ISSUED", null, null));
        trail.recordAll(List.of(new AuditEntry("veracity", "SYSTEM", "CONTENT", "post_8", "DEMOTION_EXPIRED", "p@v1",
                null)));

        assertEquals(2, notices.fired.size());
        org.veracity.domain.notification.Notice removed = notices.fired.get(0);
        assertEquals("item.treatment", removed.topic());
        assertEquals("post_9", removed.subjectId());
        assertEquals(CLOCK.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS), removed.at(), "the audit event's time");
        jakarta.json.JsonObject body = jakarta.json.Json.createReader(new java.io.StringReader(removed.body())).readObject();
        assertEquals("removed", body.getString("treatment"));
        assertEquals("voter-interference@v1", body.getString("policyVersion"));
        assertTrue(!removed.body().contains("alice"), "the body never names the staff member");
        assertEquals("restored", jakarta.json.Json.createReader(new java.io.StringReader(notices.fired.get(1).body()))
                .readObject().getString("treatment"));
    }

    private static final class RecordingEvents implements jakarta.enterprise.event.Event<org.veracity.domain.notification.Notice> {

        final List<org.veracity.domain.notification.Notice> fired = new ArrayList<>();

        @Override
        public void fire(org.veracity.domain.notification.Notice event) {
            fired.add(event);
        }

        @Override
        public <U extends org.veracity.domain.notification.Notice> java.util.concurrent.CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends org.veracity.domain.notification.Notice> java.util.concurrent.CompletionStage<U> fireAsync(U event,
                jakarta.enterprise.event.NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public jakarta.enterprise.event.Event<org.veracity.domain.notification.Notice> select(
                java.lang.annotation.Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends org.veracity.domain.notification.Notice> jakarta.enterprise.event.Event<U> select(Class<U> subtype,
                java.lang.annotation.Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends org.veracity.domain.notification.Notice> jakarta.enterprise.event.Event<U> select(
                jakarta.enterprise.util.TypeLiteral<U> subtype, java.lang.annotation.Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }

    static AuditTrail trail(MemoryAuditLog log) {
        AuditTrail trail = new AuditTrail();
        trail.events = log;
        trail.clock = CLOCK;
        trail.notices = new RecordingEvents();
        trail.transaction = log.transaction;
        trail.keys = new AuditKeyring() {
            public Optional<AuditKey> sealing() { return Optional.of(KEY); }
            public Optional<AuditKey> byId(String id) { return Optional.of(KEY).filter(k -> k.id().equals(id)); }
        };
        return trail;
    }
}
