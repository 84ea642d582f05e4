package org.veracity.domain.rfh;

import java.util.List;
import java.util.Optional;
import org.veracity.domain.content.ContentItem;

public interface RfhRepository {

    void store(RfhEntry entry);

    Optional<RfhEntry> find(long id);

    /** Every entry, newest first. */
    List<RfhEntry> all();

    /** Approved entries whose break-glass measure is active, with their variants, links and hashes. */
    List<RfhEntry> enforced();

    void store(RfhMatch match);

    Optional<RfhMatch> findMatch(long id);

    List<RfhMatch> matchesOf(ContentItem item);

    /** Matches waiting in the specialists' review queue, oldest first. */
    List<RfhMatch> pendingReview(int limit);

    /** The generation of what intake matches; moves with every change to it (see {@link #advanceGeneration}). */
    long generation();

    /** Moves the generation on, in the caller's transaction, so every instance rebuilds its index after commit. */
    void advanceGeneration();
}
