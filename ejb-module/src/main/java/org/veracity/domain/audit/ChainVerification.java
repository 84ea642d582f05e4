package org.veracity.domain.audit;

/**
 * The outcome of walking the audit chains: how many chains and events were read, how many events carry no seal
 * (written before a key was configured), how many published checkpoints were matched, and the first problem, if any.
 */
public record ChainVerification(long chainsChecked, long eventsChecked, long unsealedEvents, long checkpointsChecked,
                                Long firstBrokenSequence, String problem) {

    public static ChainVerification intact(long chainsChecked, long eventsChecked, long unsealedEvents,
                                           long checkpointsChecked) {
        return new ChainVerification(chainsChecked, eventsChecked, unsealedEvents, checkpointsChecked, null, null);
    }

    public static ChainVerification broken(long chainsChecked, long eventsChecked, long unsealedEvents,
                                           long checkpointsChecked, long at, String problem) {
        return new ChainVerification(chainsChecked, eventsChecked, unsealedEvents, checkpointsChecked, at, problem);
    }

    public boolean intact() {
        return firstBrokenSequence == null;
    }

    /** One line for a job's exit status or a log. */
    public String summary() {
        String counts = eventsChecked + " events checked in " + chainsChecked + " chains, " + unsealedEvents
                + " without a seal, " + checkpointsChecked + " checkpoints matched";
        return intact() ? "INTACT: " + counts : "BROKEN: " + problem + " (" + counts + ")";
    }
}
