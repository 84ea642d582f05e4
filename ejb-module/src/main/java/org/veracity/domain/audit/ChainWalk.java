package org.veracity.domain.audit;

import java.util.Map;

/**
 * Checks one audit chain event by event, in chain order, without holding it in memory: each event must be at
 * the next place, follow its predecessor's hash, match its own hash, and carry a seal made with a key this server
 * holds — once one event of the chain is sealed, every later one must be. Where a checkpoint anchored the chain,
 * the event there must have the hash the checkpoint recorded. Made by {@link AuditWalk}, which also checks how
 * the chain ends.
 */
public final class ChainWalk {

    private final AuditWalk.Seals seals;
    private final int chain;
    private final Map<Long, ChainAnchor> anchors;
    private String previousHash = AuditEvent.GENESIS;
    private long expectedPosition = 1;
    private long lastSequence;
    private long checked;
    private long unsealed;
    private boolean sealingStarted;
    private String problem;
    private long problemSequence;

    ChainWalk(AuditWalk.Seals seals, int chain, Map<Long, ChainAnchor> anchors) {
        this.seals = seals;
        this.chain = chain;
        this.anchors = anchors;
    }

    /** Takes the chain's next event; answers false once the chain is found broken (further events are not read). */
    public boolean accept(AuditEvent e) {
        if (problem != null) {
            return false;
        }
        if (e.getChain() != chain) {
            return fail(e.getSequence(), "event " + e.getSequence() + " was read as part of chain " + chain + where(e));
        }
        if (e.getPosition() != expectedPosition) {
            return fail(e.getSequence(), chain == AuditChains.LEGACY ? "event " + expectedPosition + " is missing"
                    : "the event at position " + expectedPosition + " of chain " + chain + " is missing (event "
                    + e.getSequence() + " follows event " + lastSequence + ")");
        }
        if (chain == AuditChains.LEGACY && e.getSequence() != e.getPosition()) {
            return fail(e.getSequence(), "event " + e.getSequence() + " is not at its place in the chain of before V28");
        }
        if (!e.followsIntactly(previousHash)) {
            return fail(e.getSequence(), "event " + e.getSequence() + " does not match its hash or its predecessor"
                    + where(e));
        }
        if (e.sealed()) {
            sealingStarted = true;
            if (!seals.valid(e.getKeyId(), e.sealedText(), e.getMac())) {
                return fail(e.getSequence(), "event " + e.getSequence() + " does not carry a valid seal"
                        + seals.keyNote(e.getKeyId()) + where(e) + ": it was changed or written by someone without the audit key");
            }
        } else if (sealingStarted) {
            return fail(e.getSequence(), "event " + e.getSequence() + " carries no seal although earlier events do" + where(e));
        } else {
            unsealed++;
        }
        ChainAnchor anchor = anchors.get(e.getPosition());
        if (anchor != null && !anchor.hash().equals(e.getHash())) {
            return fail(e.getSequence(), "event " + e.getSequence() + " is not the event published in checkpoint "
                    + anchor.checkpoint() + where(e) + ": the chain was rewritten up to it");
        }
        previousHash = e.getHash();
        lastSequence = e.getSequence();
        expectedPosition++;
        checked++;
        return true;
    }

    private String where(AuditEvent e) {
        return chain == AuditChains.LEGACY ? "" : " (chain " + chain + ", position " + e.getPosition() + ")";
    }

    private boolean fail(long at, String text) {
        problem = text;
        problemSequence = at;
        return false;
    }

    int chain() { return chain; }
    long lastPosition() { return expectedPosition - 1; }
    String lastHash() { return previousHash; }
    long lastSequence() { return lastSequence; }
    long checked() { return checked; }
    long unsealed() { return unsealed; }
    String problem() { return problem; }
    long problemSequence() { return problemSequence; }
}
