package org.veracity.infrastructure.grid;

import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.veracity.domain.access.ApiToken;
import org.veracity.domain.access.KnownTokens;
import org.veracity.domain.access.TokenStanding;

/**
 * {@link KnownTokens} on the data grid: a {@link LocalCopy} of the tokens this instance authenticated, kept exact by
 * a {@link ChangeFeed} of its own ({@code veracity-token-changes}), as the distribution projection's copy is. Tokens
 * are few: the copy is bounded at 10,000 all the same, since unknown secrets are kept as absent too.
 */
@ApplicationScoped
public class GridKnownTokens implements KnownTokens {

    static final String FEED = "veracity-token-changes";

    private ChangeFeed feed;
    private LocalCopy local;
    private final Map<String, Instant> useRecorded = new ConcurrentHashMap<>();

    /** For the container. */
    public GridKnownTokens() {
    }

    /** On a grid of one's own (the plain tests). */
    GridKnownTokens(HazelcastInstance grid) {
        start(grid);
    }

    @PostConstruct
    void connect() {
        HazelcastInstance grid = PayaraGrid.running();
        if (grid != null) {
            start(grid);
        }
    }

    private void start(HazelcastInstance grid) {
        feed = new ChangeFeed(grid, FEED);
        local = new LocalCopy(10_000, feed.tail());
    }

    @Override
    public Optional<TokenStanding> find(String secretHash, Function<String, TokenStanding> read) {
        if (feed == null) {
            return Optional.ofNullable(read.apply(secretHash));
        }
        try {
            local.catchUp(feed);
            return Optional.ofNullable(local.get(secretHash, read));
        } catch (RuntimeException e) {
            return Optional.ofNullable(read.apply(secretHash)); // a grid in trouble: the database answers
        }
    }

    @Override
    public void changed(String secretHash) {
        if (feed != null) {
            feed.announce(List.of(secretHash));
        }
    }

    @Override
    public boolean useToRecord(String secretHash, Instant now) {
        if (feed == null) {
            return true;
        }
        Instant last = useRecorded.get(secretHash);
        if (last != null && now.isBefore(last.plus(ApiToken.USE_RECORDED_EVERY))) {
            return false;
        }
        useRecorded.put(secretHash, now);
        if (useRecorded.size() > 10_000) {
            useRecorded.clear(); // forgetting only costs a write
        }
        return true;
    }
}
