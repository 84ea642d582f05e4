package org.veracity.domain.suspension;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface SuspensionRepository {

    void store(AccountSuspension suspension);

    Optional<AccountSuspension> find(long id);

    /** The most recent suspensions first, at most {@code limit}. */
    List<AccountSuspension> recent(int limit);

    /** A suspension of this author in force at {@code t}, the longest-lasting first. */
    Optional<AccountSuspension> inForce(String authorId, Instant t);

    /** As {@link #inForce} for several authors in one query: the suspension in force of each suspended one. */
    Map<String, AccountSuspension> inForce(Collection<String> authorIds, Instant t);
}
