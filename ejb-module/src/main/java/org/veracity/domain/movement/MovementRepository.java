package org.veracity.domain.movement;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface MovementRepository {

    void store(Movement movement);

    Optional<Movement> find(long id);

    /** Every designation, newest first, revoked ones included. */
    List<Movement> all();

    /**
     * The movements designated at {@code postedAt} that could recognise a post in {@code groupId} carrying these
     * folded hashtags: those with that group, one of those hashtags, or any phrase. Earliest designation first.
     */
    default List<Movement> candidatesFor(String groupId, Collection<String> hashtags, Instant postedAt) {
        return candidatesFor(groupId == null ? List.of() : List.of(groupId), hashtags, postedAt);
    }

    /**
     * As above for a whole intake batch: the movements that could recognise any post in one of {@code groupIds}
     * or carrying one of {@code hashtags}, in one query. The rule then judges each post against all of them.
     */
    List<Movement> candidatesFor(Collection<String> groupIds, Collection<String> hashtags, Instant postedAt);
}
