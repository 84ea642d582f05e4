package org.veracity.infrastructure.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.demotion.DemotionKind;
import org.veracity.domain.distribution.DemotionTerm;
import org.veracity.domain.distribution.ItemProjection;
import org.veracity.domain.distribution.PenaltyBook;
import org.veracity.domain.distribution.PenaltyTerm;
import org.veracity.domain.offender.RepeatOffender.SubjectKind;

/** The projection's grid side on a real (embedded, single-member, unjoined) Hazelcast instance. */
class GridDistributionProjectionTest {

    private static HazelcastInstance member;
    private static GridDistributionProjection projection;

    @BeforeAll
    static void start() {
        Config config = new Config().setClusterName("projection-test-" + UUID.randomUUID());
        config.getNetworkConfig().setPort(5990).setPortAutoIncrement(true).getJoin().getMulticastConfig().setEnabled(false);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        member = Hazelcast.newHazelcastInstance(config);
        projection = new GridDistributionProjection(member, 1_000);
    }

    @AfterAll
    static void stop() {
        member.shutdown();
    }

    @Test
    void whateverOrderRacingPublishersFinishIn_theHighestStampStays() throws Exception {
        String id = "race-" + UUID.randomUUID();
        List<Long> stamps = new ArrayList<>();
        for (long s = 1; s <= 400; s++) {
            stamps.add(s);
        }
        Collections.shuffle(stamps);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (long stamp : stamps) {
            done.add(pool.submit(() -> {
                go.await();
                projection.publish(stamp, List.of(item(id, stamp)));
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(item(id, 400), projection.items(Set.of(id)).get(id), "the value published with stamp 400");
    }

    /**
     * The same race for batches of new items: eight publishers at once, each finding the items absent, so their
     * writes (sent together, not one at a time) race; twenty rounds, each on new items.
     */
    @Test
    void racingBatchesOfNewItems_leaveEachItemWithTheHighestStamp() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int round = 0; round < 20; round++) {
            List<String> ids = new ArrayList<>();
            for (int k = 0; k < 50; k++) {
                ids.add("batch-" + round + "-" + k + "-" + UUID.randomUUID());
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (long s = 1; s <= 8; s++) {
                long stamp = s;
                done.add(pool.submit(() -> {
                    go.await();
                    projection.publish(stamp, ids.stream().map(id -> item(id, stamp)).toList());
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
            Map<String, ItemProjection> held = projection.items(Set.copyOf(ids));
            for (String id : ids) {
                assertEquals(item(id, 8), held.get(id), id + " holds the value published with stamp 8");
            }
        }
        pool.shutdown();
    }

    @Test
    void anOlderReadingNeverReplacesANewerOne() {
        String id = "older-" + UUID.randomUUID();
        projection.publish(7, List.of(item(id, 7)));
        projection.publish(5, List.of(item(id, 5)));
        assertEquals(item(id, 7), projection.items(Set.of(id)).get(id));
    }

    @Test
    void itemsAnswersOnlyTheIdsItHolds() {
        String held = "held-" + UUID.randomUUID();
        projection.publish(1, List.of(item(held, 1)));
        assertEquals(Set.of(held), projection.items(Set.of(held, "never-seen")).keySet());
    }

    @Test
    void thePenaltyBookIsReadAgainOnlyWhenItsStampMoves() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        PenaltyBook first = new PenaltyBook(List.of(new PenaltyTerm(SubjectKind.AUTHOR, "a", 0.5, t, t.plusSeconds(9), null)));
        PenaltyBook second = new PenaltyBook(List.of(new PenaltyTerm(SubjectKind.DOMAIN, "d", 0.3, t, t.plusSeconds(9), "v")));
        projection.publishPenalties(100, first);
        assertEquals(first, projection.penalties());
        projection.publishPenalties(99, second);
        assertEquals(first, projection.penalties(), "an older book is not taken");
        projection.publishPenalties(101, second);
        assertEquals(second, projection.penalties());
    }

    @Test
    void theCompleteMarkAndTheLockAreClusterWide() throws Exception {
        projection.markComplete(true);
        assertTrue(projection.isComplete());
        projection.markComplete(false);
        assertFalse(projection.isComplete());

        AtomicInteger ran = new AtomicInteger();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> projection.runAlone("job", () -> {
            ran.incrementAndGet();
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        holder.start();
        inside.await();
        assertFalse(projection.runAlone("job", ran::incrementAndGet), "a second run waits for none: it does not run");
        release.countDown();
        holder.join();
        assertEquals(1, ran.get());
    }

    private static ItemProjection item(String id, long version) {
        Instant t = Instant.ofEpochSecond(1_700_000_000L + version);
        return new ItemProjection(version, id, ContentStatus.ACTIVE, null, "author", null,
                List.of(new DemotionTerm(DemotionKind.values()[0], 0.5, t, t.plusSeconds(60), null, "r" + version, null)),
                List.of(), List.of(), null);
    }
}
