package org.veracity.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, defect 11: the chain is sealed with a key the database does not hold, and anchored by checkpoints. These
 * are the events and checkpoints of before V28 (chain 0), which must keep verifying (AuditChainsTest has the chains
 * by subject).
 */
class SealedChainTest {

    private static final AuditKey KEY = new AuditKey("k1", "a secret of at least thirty-two bytes!".getBytes(StandardCharsets.UTF_8));
    private static final AuditKey NEXT_KEY = new AuditKey("k2", "the next secret, also thirty-two bytes".getBytes(StandardCharsets.UTF_8));
    private static final AuditKey ATTACKERS_KEY = new AuditKey("k1", "not the real key but just as long!!!!".getBytes(StandardCharsets.UTF_8));
    private final Instant at = Instant.parse("2026-12-03T12:00:00Z");

    private static AuditKeyring holding(AuditKey... keys) {
        Map<String, AuditKey> byId = new HashMap<>();
        for (AuditKey k : keys) {
            byId.put(k.id(), k);
        }
        return new AuditKeyring() {
            public Optional<AuditKey> sealing() { return Optional.of(keys[keys.length - 1]); }
            public Optional<AuditKey> byId(String id) { return Optional.ofNullable(byId.get(id)); }
        };
    }

    private List<AuditEvent> chain(int count, Optional<AuditKey> key) {
        return append(new ArrayList<>(), count, key);
    }

    private List<AuditEvent> append(List<AuditEvent> events, int count, Optional<AuditKey> key) {
        String previous = events.isEmpty() ? AuditEvent.GENESIS : events.get(events.size() - 1).getHash();
        for (int i = 0; i < count; i++) {
            AuditEvent e = AuditEvent.chain(events.size() + 1, previous, new AuditEntry("alice", "MODERATOR", "CONTENT",
                    "c-" + events.size(), "DEMOTED", "temporary-demotion@v1", "x0.5"), at, key);
            events.add(e);
            previous = e.getHash();
        }
        return events;
    }

    /** Walks the chain of before V28 (chain 0) as stored, its head row saying where the given events end. */
    private static ChainVerification walk(AuditKeyring keys, List<AuditEvent> events, List<AuditCheckpoint> checkpoints) {
        AuditEvent last = events.get(events.size() - 1);
        AuditWalk log = new AuditWalk(keys, checkpoints,
                List.of(new ChainHead(AuditChains.LEGACY, last.getSequence(), last.getPosition(), last.getHash())));
        for (int chain : log.chains()) {
            ChainWalk walk = log.walk(chain);
            for (AuditEvent e : events) {
                if (!walk.accept(e)) {
                    break;
                }
            }
            log.end(walk);
        }
        return log.result();
    }

    /** What an intruder with write access to the database but without the key can do: change and re-hash. */
    private static void rewriteAndRehash(List<AuditEvent> events, int index, String reason, AuditKey key) {
        AuditEvent old = events.get(index);
        String previous = index == 0 ? AuditEvent.GENESIS : events.get(index - 1).getHash();
        for (int i = index; i < events.size(); i++) {
            AuditEvent e = events.get(i);
            AuditEvent forged = AuditEvent.chain(e.getSequence(), previous, new AuditEntry(e.getActor(), e.getRole(),
                    e.getSubjectType(), e.getSubjectId(), e.getAction(), e.getPolicyVersion(),
                    i == index ? reason : e.getReason()), e.getOccurredAt(), Optional.ofNullable(key));
            events.set(i, forged);
            previous = forged.getHash();
        }
        assertNotEquals(old.getHash(), events.get(index).getHash());
    }

    @Test
    void a_sealed_chain_verifies_with_the_key() {
        ChainVerification v = walk(holding(KEY), chain(5, Optional.of(KEY)), List.of());
        assertTrue(v.intact(), v.summary());
        assertEquals(5, v.eventsChecked());
        assertEquals(0, v.unsealedEvents());
    }

    @Test
    void a_chain_re_hashed_without_the_key_is_detected_even_though_every_hash_matches() {
        List<AuditEvent> events = chain(5, Optional.of(KEY));
        rewriteAndRehash(events, 2, "nothing happened here", ATTACKERS_KEY);
        ChainVerification v = walk(holding(KEY), events, List.of());
        assertFalse(v.intact());
        assertEquals(3L, v.firstBrokenSequence());
        assertTrue(v.problem().contains("does not carry a valid seal"), v.problem());
    }

    @Test
    void stripping_the_seals_after_sealing_began_is_detected() {
        List<AuditEvent> events = chain(5, Optional.of(KEY));
        rewriteAndRehash(events, 3, "nothing happened here", null);
        ChainVerification v = walk(holding(KEY), events, List.of());
        assertEquals(4L, v.firstBrokenSequence());
        assertTrue(v.problem().contains("carries no seal although earlier events do"), v.problem());
    }

    @Test
    void events_written_before_a_key_existed_are_counted_not_failed() {
        List<AuditEvent> events = append(chain(3, Optional.empty()), 2, Optional.of(KEY));
        ChainVerification v = walk(holding(KEY), events, List.of());
        assertTrue(v.intact(), v.summary());
        assertEquals(3, v.unsealedEvents());
    }

    @Test
    void after_a_rotation_events_sealed_with_the_retired_key_still_verify() {
        List<AuditEvent> events = append(chain(3, Optional.of(KEY)), 3, Optional.of(NEXT_KEY));
        assertTrue(walk(holding(KEY, NEXT_KEY), events, List.of()).intact());
        ChainVerification withoutRetired = walk(holding(NEXT_KEY), events, List.of());
        assertEquals(1L, withoutRetired.firstBrokenSequence());
        assertTrue(withoutRetired.problem().contains("key 'k1', which this server does not hold"), withoutRetired.problem());
    }

    @Test
    void a_chain_cut_short_before_a_published_checkpoint_is_detected() {
        List<AuditEvent> events = chain(6, Optional.of(KEY));
        AuditCheckpoint published = AuditCheckpoint.of(1, 6, events.get(5).getHash(), at, Optional.of(KEY));
        assertTrue(walk(holding(KEY), events, List.of(published)).intact());
        ChainVerification v = walk(holding(KEY), events.subList(0, 4), List.of(published));
        assertFalse(v.intact());
        assertTrue(v.problem().contains("ends at event 4 but a checkpoint was published at event 6"), v.problem());
    }

    @Test
    void a_chain_rewritten_by_the_key_holder_no_longer_ends_in_the_published_hash() {
        List<AuditEvent> events = chain(6, Optional.of(KEY));
        AuditCheckpoint published = AuditCheckpoint.of(1, 5, events.get(4).getHash(), at, Optional.of(KEY));
        rewriteAndRehash(events, 1, "rewritten with the real key", KEY);
        ChainVerification v = walk(holding(KEY), events, List.of(published));
        assertEquals(5L, v.firstBrokenSequence());
        assertTrue(v.problem().contains("is not the event published in checkpoint 1"), v.problem());
    }

    @Test
    void a_checkpoint_changed_in_the_database_loses_its_seal() throws ReflectiveOperationException {
        List<AuditEvent> events = chain(4, Optional.of(KEY));
        AuditCheckpoint checkpoint = AuditCheckpoint.of(1, 4, events.get(3).getHash(), at, Optional.of(KEY));
        Field sequence = AuditCheckpoint.class.getDeclaredField("lastSequence");
        sequence.setAccessible(true);
        sequence.set(checkpoint, 3L);
        ChainVerification v = walk(holding(KEY), events, List.of(checkpoint));
        assertTrue(v.problem().contains("checkpoint 1 does not carry a valid seal"), v.problem());
    }

    @Test
    void keys_are_long_enough_and_never_print_their_secret() {
        assertThrows(IllegalArgumentException.class, () -> new AuditKey("k1", new byte[16]));
        assertEquals("AuditKey[k1]", KEY.toString());
        assertEquals(64, KEY.seal("x").length());
        assertNotEquals(KEY.seal("x"), ATTACKERS_KEY.seal("x"));
    }
}
