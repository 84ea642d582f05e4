package org.veracity.domain.audit;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks the whole audit log: the checkpoints first, then each chain with a {@link ChainWalk}. Checkpoints are
 * numbered from 1 without gaps; each carries a valid seal once one does; each one taken since V28 must still hash
 * to its chain heads and the previous checkpoint's hash, so a checkpoint changed or removed in the middle breaks
 * the next. Each chain is walked up to the head read when the walk began (writers keep appending meanwhile), must
 * end where its head row says, and must reach every place a checkpoint recorded for it: a chain cut short at its
 * tail behind a checkpoint is reported even when its head row was moved back too.
 */
public final class AuditWalk {

    private final Seals seals;
    private final Map<Integer, Map<Long, ChainAnchor>> anchors = new HashMap<>();
    private final Map<Integer, ChainHead> heads = new TreeMap<>();
    private final int checkpoints;
    private long chainsChecked;
    private long events;
    private long unsealed;
    private ChainVerification broken;

    /** Read the checkpoints before the heads: then no checkpoint records a chain further than its head read here. */
    public AuditWalk(AuditKeyring keys, List<AuditCheckpoint> checkpoints, List<ChainHead> heads) {
        this.seals = new Seals(keys);
        this.checkpoints = checkpoints.size();
        heads.forEach(h -> this.heads.put(h.getChain(), h));
        boolean sealedBefore = false;
        String previousHeadHash = AuditEvent.GENESIS;
        long expected = 1;
        for (AuditCheckpoint c : checkpoints.stream().sorted(Comparator.comparingLong(AuditCheckpoint::getNumber)).toList()) {
            String problem = checkpointProblem(c, expected, sealedBefore, previousHeadHash);
            if (problem != null) {
                broken = ChainVerification.broken(0, 0, 0, 0, c.getLastSequence(), problem);
                return;
            }
            sealedBefore |= c.sealed();
            previousHeadHash = c.getHeadHash();
            expected = c.getNumber() + 1;
        }
    }

    private String checkpointProblem(AuditCheckpoint c, long expected, boolean sealedBefore, String previousHeadHash) {
        if (c.getNumber() != expected) {
            return "checkpoint " + expected + " is missing";
        }
        if (c.sealed() ? !seals.valid(c.getKeyId(), c.sealedText(), c.getMac()) : sealedBefore) {
            return "checkpoint " + c.getNumber() + " does not carry a valid seal" + seals.keyNote(c.getKeyId());
        }
        if (!c.follows(previousHeadHash)) {
            return "checkpoint " + c.getNumber() + " no longer hashes to its chain heads and checkpoint "
                    + (c.getNumber() - 1) + "'s hash: a checkpoint was changed";
        }
        for (ChainAnchor a : c.anchors()) {
            if (a.position() == 0 && !a.hash().equals(AuditEvent.GENESIS)) {
                return "checkpoint " + c.getNumber() + " records chain " + a.chain() + " as empty with a hash";
            }
            ChainAnchor earlier = anchors.computeIfAbsent(a.chain(), k -> new HashMap<>()).putIfAbsent(a.position(), a);
            if (earlier != null && !earlier.hash().equals(a.hash())) {
                return "checkpoints " + earlier.checkpoint() + " and " + c.getNumber() + " disagree about position "
                        + a.position() + " of chain " + a.chain();
            }
        }
        return null;
    }

    /** The chains to walk: every chain with a head, chain 0 first. */
    public List<Integer> chains() {
        return broken != null ? List.of() : List.copyOf(heads.keySet());
    }

    /** Where the walk of a chain stops: its head as read when this walk began. */
    public long endOf(int chain) {
        return heads.get(chain).getLastPosition();
    }

    public ChainWalk walk(int chain) {
        return new ChainWalk(seals, chain, anchors.getOrDefault(chain, Map.of()));
    }

    /** Checks how a walked chain ends; answers false once the log is found broken. */
    public boolean end(ChainWalk walk) {
        chainsChecked++;
        events += walk.checked();
        unsealed += walk.unsealed();
        if (walk.problem() != null) {
            return fail(walk.problemSequence(), walk.problem());
        }
        int chain = walk.chain();
        Optional<ChainAnchor> furthest = anchors.getOrDefault(chain, Map.of()).values().stream()
                .max(Comparator.comparingLong(ChainAnchor::position));
        if (furthest.isPresent() && walk.lastPosition() < furthest.get().position()) {
            return fail(walk.lastSequence(), chain == AuditChains.LEGACY
                    ? "the chain ends at event " + walk.lastPosition() + " but a checkpoint was published at event "
                            + furthest.get().position() + ": events were removed"
                    : "chain " + chain + " ends at position " + walk.lastPosition() + " but checkpoint "
                            + furthest.get().checkpoint() + " recorded it at position " + furthest.get().position()
                            + ": events were removed");
        }
        ChainHead head = heads.get(chain);
        if (head.getLastPosition() != walk.lastPosition() || !head.getLastHash().equals(walk.lastHash())) {
            return fail(walk.lastSequence(), "chain " + chain + " ends at position " + walk.lastPosition()
                    + " but its head says position " + head.getLastPosition() + " with another hash: events were removed");
        }
        return true;
    }

    /**
     * The events found beyond their chain's head after the walk, counted in one statement: an append moves the head
     * in the transaction that writes the events, so any such event was written behind the application's back (the
     * walk itself stops at the heads read when it began, so as not to read appends made meanwhile).
     */
    public void eventsBeyondHeads(long count) {
        if (broken == null && count > 0) {
            fail(0, count + " events lie beyond the head of their chain: they were written behind the application's back");
        }
    }

    public ChainVerification result() {
        if (broken != null) {
            return broken;
        }
        for (int chain : anchors.keySet()) {
            if (!heads.containsKey(chain)) {
                return ChainVerification.broken(chainsChecked, events, unsealed, 0, 0,
                        "a checkpoint records chain " + chain + ", which has no head: it was removed");
            }
        }
        return ChainVerification.intact(chainsChecked, events, unsealed, checkpoints);
    }

    private boolean fail(long at, String problem) {
        broken = ChainVerification.broken(chainsChecked, events, unsealed, 0, at, problem);
        return false;
    }

    /** The seal checks the checkpoints and the events share. */
    static final class Seals {

        private final AuditKeyring keys;

        Seals(AuditKeyring keys) {
            this.keys = keys;
        }

        boolean valid(String keyId, String text, String mac) {
            Optional<AuditKey> key = keys.byId(keyId);
            return mac != null && key.isPresent() && key.get().sealed(text, mac);
        }

        String keyNote(String keyId) {
            return keyId != null && keys.byId(keyId).isEmpty()
                    ? " (sealed with key '" + keyId + "', which this server does not hold)" : "";
        }
    }
}
