package org.veracity.infrastructure.grid;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.LocalMapStats;
import com.hazelcast.map.impl.proxy.MapProxyImpl;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.domain.distribution.DistributionProjection;
import org.veracity.domain.distribution.ItemProjection;
import org.veracity.domain.distribution.PenaltyBook;

/**
 * The distribution projection in the Payara data grid: two Hazelcast maps, partitioned across the instances with one
 * backup copy each (Hazelcast's default). {@code veracity-distribution-items} holds each item's projection under its
 * platform id; {@code veracity-distribution-meta} holds the penalty book and the "complete" mark. Why the
 * grid's own maps and not JCache: batched reads ({@code getAll}) and compare-and-set ({@code replace}) are what the
 * answer and the publishing need, and locks for work that must run once in the cluster (docs/architecture.md).
 * <p>
 * Answers read through this instance's {@link LocalCopy}, which every write keeps exact by announcing its keys on the
 * {@link ChangeFeed} before the writer's caller has an answer.
 */
@ApplicationScoped
public class GridDistributionProjection implements DistributionProjection {

    private static final Logger LOG = Logger.getLogger(GridDistributionProjection.class.getName());
    static final String ITEMS = "veracity-distribution-items";
    static final String META = "veracity-distribution-meta";
    private static final String COMPLETE = "complete";
    private static final String PENALTIES = "penalties";
    private static final byte[] YES = {1};
    /** Keys of the local copy that are no item's: a platform id never holds a NUL (PlatformId.Check). */
    private static final String COMPLETE_KEY = "\0complete";
    private static final String PENALTIES_KEY = "\0penalties";

    @Inject
    @ConfigProperty(name = "veracity.distribution.local-copy.max-items")
    int localCopyMaxItems;

    private HazelcastInstance grid;
    private ChangeFeed feed;
    private LocalCopy local;

    /** For the container. */
    public GridDistributionProjection() {
    }

    /** On a grid of one's own (the plain tests). */
    GridDistributionProjection(HazelcastInstance grid, int localCopyMaxItems) {
        this.grid = grid;
        startFeed(localCopyMaxItems);
    }

    @PostConstruct
    void connect() {
        grid = PayaraGrid.running();
        if (grid != null) {
            startFeed(localCopyMaxItems);
        }
        LOG.info(grid == null ? "distribution projection: no data grid, distribution answers come from the database"
                : "distribution projection: data grid member " + grid.getCluster().getLocalMember().getAddress()
                + " of " + grid.getCluster().getMembers().size());
    }

    private void startFeed(int localCopyMaxItems) {
        PayaraGrid.withoutTenant(() -> List.of(items(), meta()));
        feed = new ChangeFeed(grid);
        local = new LocalCopy(localCopyMaxItems, feed.tail());
    }

    @Override
    public Optional<Reading> current(Collection<String> platformIds) {
        if (!isAvailable()) {
            return Optional.empty();
        }
        try {
            local.catchUp(feed);
            Boolean complete = local.get(COMPLETE_KEY, key -> meta().get(COMPLETE) != null);
            if (!complete) {
                return Optional.empty();
            }
            PenaltyBook penalties = local.get(PENALTIES_KEY, key -> penalties());
            return Optional.of(new Reading(local.getAll(platformIds, this::items), penalties));
        } catch (RuntimeException e) {
            // A grid in trouble (members leaving, partitions moving): the database answers meanwhile.
            LOG.log(Level.FINE, "distribution projection: reading the grid failed, answering from the database", e);
            return Optional.empty();
        }
    }

    @Override
    public boolean isAvailable() {
        return grid != null && grid.getLifecycleService().isRunning();
    }

    @Override
    public boolean isComplete() {
        return isAvailable() && meta().get(COMPLETE) != null;
    }

    @Override
    public void markComplete(boolean complete) {
        if (!isAvailable()) {
            return;
        }
        if (complete) {
            meta().set(COMPLETE, YES);
        } else {
            meta().delete(COMPLETE);
        }
        feed.announce(List.of(COMPLETE_KEY));
    }

    @Override
    public Map<String, ItemProjection> items(Collection<String> platformIds) {
        Map<String, byte[]> found = items().getAll(new HashSet<>(platformIds));
        Map<String, ItemProjection> out = new HashMap<>(found.size() * 2);
        found.forEach((id, value) -> out.put(id, ProjectionCodec.decodeItem(value)));
        return out;
    }

    @Override
    public PenaltyBook penalties() {
        byte[] value = meta().get(PENALTIES);
        return value == null ? PenaltyBook.EMPTY : ProjectionCodec.decodePenalties(value);
    }

    @Override
    public void publish(long stamp, Collection<ItemProjection> projections) {
        IMap<String, byte[]> items = items();
        Map<String, byte[]> values = new HashMap<>(projections.size() * 2);
        projections.forEach(p -> values.put(p.platformId(), ProjectionCodec.encode(stamp, p)));
        // One batched read of what is in place, then one conditional write per item (more only when raced). Items the
        // read found absent, which is every item of an intake batch, are written all at once: each write a
        // putIfAbsent as before, but sent without waiting for the one before (issue 15: one at a time, each a hand-off
        // to a partition thread and back, 500 writes a batch were 7.5 % of intake's request CPU, and with a second
        // instance most of them wait for the network too).
        Map<String, byte[]> current = items.getAll(values.keySet());
        Map<String, CompletionStage<byte[]>> sent = new HashMap<>();
        values.forEach((key, value) -> {
            byte[] seen = current.get(key);
            if (seen == null && items instanceof MapProxyImpl<String, byte[]> proxy) {
                sent.put(key, proxy.putIfAbsentAsync(key, value));
            } else {
                newerWins(items, key, value, seen);
            }
        });
        sent.forEach((key, write) -> {
            byte[] raced = write.toCompletableFuture().join();
            if (raced != null) { // another publisher wrote first: compare stamps as the one-at-a-time path does
                newerWins(items, key, values.get(key), raced);
            }
        });
        feed.announce(values.keySet());
    }

    @Override
    public void publishPenalties(long stamp, PenaltyBook penalties) {
        newerWins(meta(), PENALTIES, ProjectionCodec.encode(stamp, penalties));
        feed.announce(List.of(PENALTIES_KEY));
    }

    @Override
    public boolean runAlone(String name, Runnable work) {
        IMap<String, byte[]> meta = meta();
        String key = "lock:" + name;
        if (!meta.tryLock(key)) {
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            meta.unlock(key);
        }
    }

    @Override
    public Footprint footprint() {
        LocalMapStats stats = items().getLocalMapStats();
        return new Footprint(stats.getOwnedEntryCount(), stats.getOwnedEntryMemoryCost(), stats.getBackupEntryMemoryCost(),
                grid.getPartitionService().getPartitions().size(), grid.getCluster().getMembers().size(), local.size());
    }

    /** Compare-and-set until the value in place is this one or one with a higher stamp. */
    private static void newerWins(IMap<String, byte[]> map, String key, byte[] value) {
        newerWins(map, key, value, map.get(key));
    }

    private static void newerWins(IMap<String, byte[]> map, String key, byte[] value, byte[] seen) {
        long stamp = ProjectionCodec.stampOf(value);
        for (byte[] current = seen; ; current = map.get(key)) {
            if (current == null) {
                if (map.putIfAbsent(key, value) == null) {
                    return;
                }
            } else if (ProjectionCodec.stampOf(current) >= stamp) {
                return;
            } else if (map.replace(key, current, value)) {
                return;
            }
        }
    }

    private IMap<String, byte[]> items() {
        return grid.getMap(ITEMS);
    }

    private IMap<String, byte[]> meta() {
        return grid.getMap(META);
    }
}
