package org.veracity.domain.coordination;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface CoordinationRepository {

    /**
     * Waits until no other transaction is detecting coordination, on any instance, and holds that until this
     * transaction ends: detections run one after another, each seeing every earlier one's posts and cases.
     */
    void lockDetection();

    /**
     * Known posts posted within [from, to] whose sketch holds, in some slot, one of the keys given for that slot
     * ({@code keysBySlot} has one collection per slot of {@link TextSketch}, any of them may be empty), as committed
     * when read. Changes made to the answered posts are not stored: {@link #assign} stores a case for them.
     */
    List<PostTrace> postsSharing(List<? extends Collection<Long>> keysBySlot, Instant from, Instant to);

    /** Stored posts join a case at a moment. */
    void assign(long caseId, Collection<Long> contentIds, Instant joinedAt);

    void store(PostTrace post);

    void store(CoordinationCase coordinationCase);

    Optional<CoordinationCase> find(long id);

    /** Cases, newest first. */
    List<CoordinationCase> newest(int offset, int limit);

    long count();

    /** The posts of these cases, in time order. */
    List<PostTrace> postsOf(Collection<Long> caseIds);

    /** How many cases stand in each status. */
    Map<CaseStatus, Long> countByStatus();
}
