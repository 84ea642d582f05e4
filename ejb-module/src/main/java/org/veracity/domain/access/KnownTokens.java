package org.veracity.domain.access;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Bearer tokens as last read from the database, kept on each instance so that authenticating a request (R24, every
 * request of every integrator) needs no query, and exact across the cluster: a change to a token is announced after
 * its commit and before its caller has an answer, and every lookup first forgets what was announced. Without a data
 * grid nothing is kept and every lookup reads.
 */
public interface KnownTokens {

    /** The token with this secret hash; {@code read} answers it from the database (null when there is none). */
    Optional<TokenStanding> find(String secretHash, Function<String, TokenStanding> read);

    /** Every instance forgets this token; call after the change committed. */
    void changed(String secretHash);

    /**
     * True when this instance should record a use of the token in the database now: at most once every
     * {@link ApiToken#USE_RECORDED_EVERY} per token and instance (the token's "last used" is coarse by design), and always without a grid.
     */
    boolean useToRecord(String secretHash, Instant now);
}
