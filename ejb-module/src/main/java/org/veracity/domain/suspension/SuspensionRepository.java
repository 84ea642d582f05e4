package org.veracity.domain.suspension;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface SuspensionRepository {

    void store(AccountSuspension suspension);

    Optional<AccountSuspension> find(long id);

    /** The most recent suspensions first, at most {@code limit}. */
    List<AccountSuspension> recent(int limit);

    /** A suspension of this author in force at {@code t}, the longest-lasting first. */
    Optional<AccountSuspension> inForce(String authorId, Instant t);
}
