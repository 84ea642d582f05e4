package org.veracity.interfaces.batch.expiry;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.veracity.application.DemotionExpiryService;
import org.veracity.application.ExpiryShare;

/**
 * Reads the ids of one share's demotions lapsed by the run's cut-off, in id order. The checkpoint is
 * the last id handed out, so a restarted partition carries on after it instead of walking the table
 * again. Share and cut-off come from the partition plan ({@link LapsedDemotionShares}).
 */
@Named("lapsedDemotionReader")
@Dependent
public class LapsedDemotionReader extends AbstractItemReader {

    /** Ids fetched per query; independent of the chunk size, which only sets the transaction size. */
    static final int PAGE = 5000;

    @Inject
    DemotionExpiryService expiry;

    @Inject
    @BatchProperty(name = LapsedDemotionShares.AS_OF)
    String asOfProperty;

    @Inject
    @BatchProperty(name = LapsedDemotionShares.SHARE)
    String shareProperty;

    @Inject
    @BatchProperty(name = LapsedDemotionShares.SHARES)
    String sharesProperty;

    private final Deque<Long> ahead = new ArrayDeque<>();
    private Instant asOf;
    private ExpiryShare share;
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        asOf = Instant.parse(asOfProperty);
        share = new ExpiryShare(Integer.parseInt(shareProperty), Integer.parseInt(sharesProperty));
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (ahead.isEmpty() && !exhausted) {
            ahead.addAll(expiry.lapsedAfter(asOf, share, lastId, PAGE));
            exhausted = ahead.size() < PAGE;
        }
        Long next = ahead.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
