package org.veracity.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veracity.domain.audit.AuditChains;
import org.veracity.domain.audit.AuditCheckpoint;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditEvent;
import org.veracity.domain.audit.AuditKey;
import org.veracity.domain.audit.ChainHead;
import org.veracity.domain.audit.ChainVerification;

/**
 * Issue 15: verification covers the chain of before V28, every chain by subject and the checkpoints that bind their
 * heads, and finds what an intruder with database access does to them.
 */
class AuditVerificationTest {

    private static final AuditKey KEY = new AuditKey("t1", "thirty-two bytes of test key material".getBytes(StandardCharsets.UTF_8));
    private static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");

    private MemoryAuditLog log;
    private AuditTrail trail;
    private DefaultAuditService audit;

    @BeforeEach
    void a_log_upgraded_from_one_chain_with_a_checkpoint_then_written_by_subject_and_checkpointed() {
        log = new MemoryAuditLog();
        List<AuditEvent> before = new ArrayList<>();
        String previous = AuditEvent.GENESIS;
        for (int i = 1; i <= 3; i++) {
            AuditEvent e = AuditEvent.chain(i, previous, entry("old-" + i, "before V28"), AT, Optional.of(KEY));
            before.add(e);
            previous = e.getHash();
        }
        log.legacy(before);
        log.checkpointRows.add(AuditCheckpoint.of(1, 3, previous, AT, Optional.of(KEY)));
        trail = AuditTrailTest.trail(log);
        audit = new DefaultAuditService();
        audit.events = log;
        audit.clock = Clock.fixed(AT, ZoneOffset.UTC);
        audit.keys = trail.keys;
        for (String item : List.of("a", "b", "c")) {
            for (int i = 0; i < 3; i++) {
                trail.record(entry(item, "change " + i));
            }
            log.transaction.commit();
        }
        audit.checkpoint();
    }

    private static AuditEntry entry(String item, String reason) {
        return new AuditEntry("alice", "MODERATOR", "CONTENT", item, "DEMOTED", "p@v1", reason);
    }

    private static int chainOf(String item) {
        return AuditChains.of("CONTENT", item);
    }

    @Test
    void the_old_chain_and_every_chain_by_subject_verify_with_both_kinds_of_checkpoint() {
        trail.record(entry("d", "after the checkpoint"));
        log.transaction.commit();
        ChainVerification v = audit.verifyChain();
        assertTrue(v.intact(), v.summary());
        assertEquals(13, v.eventsChecked());
        assertEquals(AuditChains.COUNT + 1, v.chainsChecked());
        assertEquals(2, v.checkpointsChecked());
        assertEquals(3, audit.checkpoint().getNumber());
        assertEquals(3, audit.checkpoint().getNumber(), "nothing new since: the same checkpoint");
    }

    @Test
    void an_edited_event_is_found() throws ReflectiveOperationException {
        AuditEvent edited = log.chain(chainOf("b")).get(1);
        set(AuditEvent.class, edited, "reason", "nothing happened here");
        ChainVerification v = audit.verifyChain();
        assertEquals(edited.getSequence(), v.firstBrokenSequence());
        assertTrue(v.problem().startsWith("event " + edited.getSequence() + " does not match its hash or its predecessor (chain "
                + chainOf("b") + ", position 2)"), v.problem());
    }

    @Test
    void an_event_deleted_in_the_middle_of_a_chain_is_found() {
        AuditEvent deleted = log.chain(chainOf("c")).get(1);
        log.stored.remove(deleted);
        ChainVerification v = audit.verifyChain();
        assertTrue(v.problem().startsWith("the event at position 2 of chain " + chainOf("c") + " is missing"), v.problem());
    }

    @Test
    void a_chain_cut_at_its_tail_behind_a_checkpoint_is_found_even_with_its_head_moved_back() {
        List<AuditEvent> chain = log.chain(chainOf("a"));
        log.stored.remove(chain.get(2));
        AuditEvent last = chain.get(1);
        log.heads.put(chainOf("a"), new ChainHead(chainOf("a"), last.getSequence(), last.getPosition(), last.getHash()));
        ChainVerification v = audit.verifyChain();
        assertTrue(v.problem().startsWith("chain " + chainOf("a") + " ends at position 2 but checkpoint 2 recorded it at"
                + " position 3: events were removed"), v.problem());
    }

    @Test
    void a_chain_cut_at_its_tail_after_the_last_checkpoint_is_found_by_its_head() {
        trail.record(entry("a", "after the checkpoint"));
        log.transaction.commit();
        log.stored.remove(log.chain(chainOf("a")).get(3));
        ChainVerification v = audit.verifyChain();
        assertTrue(v.problem().startsWith("chain " + chainOf("a") + " ends at position 3 but its head says position 4"),
                v.problem());
    }

    @Test
    void an_event_added_after_a_chains_head_is_found() {
        AuditEvent last = log.chain(chainOf("b")).get(2);
        log.stored.add(AuditEvent.link(chainOf("b"), 4, 999, last.getHash(), entry("b", "invented"), AT, Optional.empty()));
        assertTrue(audit.verifyChain().problem().startsWith("1 events lie beyond the head of their chain"));
    }

    @Test
    void an_edited_checkpoint_is_found() throws ReflectiveOperationException {
        AuditCheckpoint second = log.checkpoints().get(1);
        int a = chainOf("a");
        String heads = second.getHeads();
        set(AuditCheckpoint.class, second, "heads", heads.replace(a + ":3:" + log.chain(a).get(2).getHash(),
                a + ":2:" + log.chain(a).get(1).getHash()));
        ChainVerification v = audit.verifyChain();
        assertTrue(v.problem().startsWith("checkpoint 2 no longer hashes to its chain heads"), v.problem());

        set(AuditCheckpoint.class, second, "heads", heads);
        assertTrue(audit.verifyChain().intact());
        set(AuditCheckpoint.class, second, "headHash", log.checkpoints().get(0).getHeadHash());
        assertTrue(audit.verifyChain().problem().startsWith("checkpoint 2 does not carry a valid seal"));
    }

    @Test
    void a_checkpoint_rewritten_by_the_key_holder_breaks_the_link_of_the_next() throws ReflectiveOperationException {
        trail.record(entry("d", "after the checkpoint"));
        log.transaction.commit();
        audit.checkpoint();
        AuditCheckpoint second = log.checkpoints().get(1);
        List<ChainHead> otherHeads = new ArrayList<>(log.heads());
        otherHeads.remove(chainOf("d") == AuditChains.COUNT ? 1 : AuditChains.COUNT);
        AuditCheckpoint forged = AuditCheckpoint.of(2, otherHeads, log.checkpoints().get(0).getHeadHash(), AT, Optional.of(KEY));
        log.checkpointRows.set(log.checkpointRows.indexOf(second), forged);
        ChainVerification v = audit.verifyChain();
        assertTrue(v.problem().startsWith("checkpoint 3 no longer hashes to its chain heads and checkpoint 2's hash"),
                v.problem());
    }

    @Test
    void a_checkpoint_deleted_in_the_middle_is_found() {
        trail.record(entry("d", "after the checkpoint"));
        log.transaction.commit();
        audit.checkpoint();
        log.checkpointRows.remove(log.checkpoints().get(1));
        assertTrue(audit.verifyChain().problem().startsWith("checkpoint 2 is missing"));
    }

    @Test
    void an_old_event_rewritten_without_the_key_is_found_as_before() throws ReflectiveOperationException {
        AuditEvent old = log.chain(AuditChains.LEGACY).get(1);
        set(AuditEvent.class, old, "reason", "nothing happened here");
        assertTrue(audit.verifyChain().problem().startsWith("event 2 does not match its hash or its predecessor"));
    }

    private static void set(Class<?> type, Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = type.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
