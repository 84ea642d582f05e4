package org.veracity.domain.audit;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the audit chain event by event, in sequence order, without holding it in memory: each event
 * must follow its predecessor's hash, match its own hash, and carry a seal made with a key this server
 * holds — once one event is sealed, every later one must be. The published checkpoints must carry valid
 * seals and name events whose hashes the chain still has; a chain that ends before a checkpoint was cut.
 */
public final class ChainWalk {

    private final AuditKeyring keys;
    private final Map<Long, AuditCheckpoint> checkpointsBySequence = new HashMap<>();
    private final long lastCheckpointedSequence;
    private String previousHash = AuditEvent.GENESIS;
    private long expectedSequence = 1;
    private long checked;
    private long unsealed;
    private long checkpointsMatched;
    private boolean sealingStarted;
    private ChainVerification broken;

    public ChainWalk(AuditKeyring keys, List<AuditCheckpoint> checkpoints) {
        this.keys = keys;
        long last = 0;
        for (AuditCheckpoint c : checkpoints) {
            checkpointsBySequence.merge(c.getLastSequence(), c, (a, b) -> a.getNumber() < b.getNumber() ? a : b);
            last = Math.max(last, c.getLastSequence());
        }
        this.lastCheckpointedSequence = last;
        boolean sealedBefore = false;
        for (AuditCheckpoint c : checkpoints.stream().sorted(Comparator.comparingLong(AuditCheckpoint::getNumber)).toList()) {
            if (broken == null && !sealValid(c.sealed(), c.getKeyId(), c.sealedText(), c.getMac(), sealedBefore)) {
                broken = ChainVerification.broken(0, 0, 0, c.getLastSequence(), "checkpoint " + c.getNumber()
                        + " does not carry a valid seal" + keyNote(c.getKeyId()));
            }
            sealedBefore |= c.sealed();
        }
    }

    /** Takes the next event; answers false once the chain is found broken (further events are not read). */
    public boolean accept(AuditEvent e) {
        if (broken != null) {
            return false;
        }
        if (e.getSequence() != expectedSequence) {
            return fail(expectedSequence, "event " + expectedSequence + " is missing");
        }
        if (!e.followsIntactly(previousHash)) {
            return fail(e.getSequence(), "event " + e.getSequence() + " does not match its hash or its predecessor");
        }
        if (e.sealed()) {
            sealingStarted = true;
            if (!sealValid(true, e.getKeyId(), e.sealedText(), e.getMac(), true)) {
                return fail(e.getSequence(), "event " + e.getSequence() + " does not carry a valid seal"
                        + keyNote(e.getKeyId()) + ": it was changed or written by someone without the audit key");
            }
        } else if (sealingStarted) {
            return fail(e.getSequence(), "event " + e.getSequence() + " carries no seal although earlier events do");
        } else {
            unsealed++;
        }
        AuditCheckpoint checkpoint = checkpointsBySequence.get(e.getSequence());
        if (checkpoint != null) {
            if (!checkpoint.getHeadHash().equals(e.getHash())) {
                return fail(e.getSequence(), "event " + e.getSequence() + " is not the event published in checkpoint "
                        + checkpoint.getNumber() + ": the chain was rewritten up to it");
            }
            checkpointsMatched++;
        }
        previousHash = e.getHash();
        expectedSequence++;
        checked++;
        return true;
    }

    public ChainVerification result() {
        if (broken != null) {
            return broken;
        }
        if (expectedSequence - 1 < lastCheckpointedSequence) {
            return ChainVerification.broken(checked, unsealed, checkpointsMatched, expectedSequence,
                    "the chain ends at event " + (expectedSequence - 1) + " but a checkpoint was published at event "
                            + lastCheckpointedSequence + ": events were removed");
        }
        return ChainVerification.intact(checked, unsealed, checkpointsMatched);
    }

    private boolean sealValid(boolean sealed, String keyId, String text, String mac, boolean required) {
        if (!sealed) {
            return !required;
        }
        Optional<AuditKey> key = keys.byId(keyId);
        return key.isPresent() && key.get().sealed(text, mac);
    }

    private String keyNote(String keyId) {
        return keyId != null && keys.byId(keyId).isEmpty() ? " (sealed with key '" + keyId + "', which this server does not hold)" : "";
    }

    private boolean fail(long at, String problem) {
        broken = ChainVerification.broken(checked, unsealed, checkpointsMatched, at, problem);
        return false;
    }
}
