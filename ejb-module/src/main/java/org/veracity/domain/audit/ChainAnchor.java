package org.veracity.domain.audit;

/** What a checkpoint says of one chain: its event at {@code position} had {@code hash} (position 0: the chain was empty). */
public record ChainAnchor(long checkpoint, int chain, long position, String hash) {
}
