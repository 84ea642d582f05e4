package org.veracity.domain.audit;

/** The outcome of walking the audit chain: how far it was read and the first broken link, if any. */
public record ChainVerification(long eventsChecked, Long firstBrokenSequence, String problem) {

    public boolean intact() {
        return firstBrokenSequence == null;
    }
}
