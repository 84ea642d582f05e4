package org.veracity.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.audit.AuditCheckpoint;
import org.veracity.domain.audit.AuditKey;
import org.veracity.domain.audit.AuditKeyring;
import org.junit.jupiter.api.Test;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditEvent;
import org.veracity.domain.audit.AuditRepository;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.audit.ChainHead;

/** The batched append (nightly jobs) builds exactly the chain that one append per entry builds. */
class AuditTrailTest {

    private static final AuditKey KEY = new AuditKey("t1", "thirty-two bytes of test key material".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T03:00:00.123456789Z"), ZoneOffset.UTC);

    @Test
    void recordAllChainsLikeOneRecordPerEntry() throws Exception {
        List<AuditEntry> entries = List.of(
                new AuditEntry("SYSTEM", "system", "CONTENT", "post_1", "DEMOTION_EXPIRED", "p@v1", "x0.5"),
                new AuditEntry("SYSTEM", "system", "CONTENT", "post_2", "DEMOTION_EXPIRED", null, null),
                new AuditEntry("SYSTEM", "system", "CONTENT", "post_3", "DEMOTION_EXPIRED", "p@v1", "x0.2"));
        MemoryRepository one = new MemoryRepository();
        AuditTrail perEntry = trail(one);
        perEntry.record(new AuditEntry("alice", "specialist", "CONTENT", "post_0", "LABELLED", null, "before"));
        entries.forEach(perEntry::record);

        MemoryRepository batched = new MemoryRepository();
        AuditTrail all = trail(batched);
        all.record(new AuditEntry("alice", "specialist", "CONTENT", "post_0", "LABELLED", null, "before"));
        all.recordAll(entries);
        all.recordAll(List.of());

        assertEquals(4, batched.stored.size());
        assertEquals(1, batched.batches, "one JDBC batch for the three entries, none for an empty list");
        String previous = AuditEvent.GENESIS;
        for (int i = 0; i < 4; i++) {
            AuditEvent expected = one.stored.get(i);
            AuditEvent actual = batched.stored.get(i);
            assertEquals(i + 1, actual.getSequence());
            assertEquals(expected.getHash(), actual.getHash());
            assertTrue(actual.followsIntactly(previous));
            assertEquals(expected.getMac(), actual.getMac());
            assertTrue(KEY.sealed(actual.sealedText(), actual.getMac()), "every event sealed with the key");
            previous = actual.getHash();
        }
        assertEquals(4, batched.head.getLastSequence());
        assertEquals(previous, batched.head.getLastHash());
        assertEquals(one.head.getLastHash(), batched.head.getLastHash());
    }

    @Test
    void itemTreatmentChangesAreAnnouncedAsNoticesAndOtherEventsAreNot() {
        AuditTrail trail = trail(new MemoryRepository());
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

    private static AuditTrail trail(AuditRepository repository) {
        AuditTrail trail = new AuditTrail();
        trail.events = repository;
        trail.clock = CLOCK;
        trail.notices = new RecordingEvents();
        trail.keys = new AuditKeyring() {
            public Optional<AuditKey> sealing() { return Optional.of(KEY); }
            public Optional<AuditKey> byId(String id) { return Optional.of(KEY).filter(k -> k.id().equals(id)); }
        };
        return trail;
    }

    private static final class MemoryRepository implements AuditRepository {

        final List<AuditEvent> stored = new ArrayList<>();
        final ChainHead head = genesis();
        int batches;

        private static ChainHead genesis() {
            ChainHead head = new ChainHead() {
            };
            try {
                Field hash = ChainHead.class.getDeclaredField("lastHash");
                hash.setAccessible(true);
                hash.set(head, AuditEvent.GENESIS);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            return head;
        }

        @Override
        public ChainHead lockHead() {
            return head;
        }

        @Override
        public void store(AuditEvent event) {
            stored.add(event);
        }

        @Override
        public void storeAll(List<AuditEvent> events) {
            batches++;
            stored.addAll(events);
        }

        @Override
        public List<AuditEvent> findBySubject(AuditSubject subject, String subjectId) {
            return List.of();
        }

        @Override
        public List<AuditEvent> page(long afterSequence, int limit) {
            return List.of();
        }

        @Override
        public void store(AuditCheckpoint checkpoint) {
        }

        @Override
        public List<AuditCheckpoint> checkpoints() {
            return List.of();
        }

        @Override
        public List<AuditCheckpoint> latestCheckpoints(int limit) {
            return List.of();
        }
    }
}
