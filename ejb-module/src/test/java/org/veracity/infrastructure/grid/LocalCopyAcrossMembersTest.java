package org.veracity.infrastructure.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.demotion.DemotionKind;
import org.veracity.domain.distribution.DemotionTerm;
import org.veracity.domain.distribution.DistributionProjection.Reading;
import org.veracity.domain.distribution.ItemProjection;
import org.veracity.domain.distribution.PenaltyBook;
import org.veracity.domain.distribution.PenaltyTerm;
import org.veracity.domain.offender.RepeatOffender.SubjectKind;

/**
 * Two real Hazelcast members joined over TCP on loopback, each with its own projection and local copy: what one
 * writes, the other's next answer holds, however its copy stood before.
 */
class LocalCopyAcrossMembersTest {

    private static HazelcastInstance a;
    private static HazelcastInstance b;
    private static GridDistributionProjection writer;
    private static GridDistributionProjection reader;

    @BeforeAll
    static void start() {
        String cluster = "local-copy-test-" + UUID.randomUUID();
        a = Hazelcast.newHazelcastInstance(config(cluster));
        b = Hazelcast.newHazelcastInstance(config(cluster));
        assertEquals(2, b.getCluster().getMembers().size(), "the two members joined");
        writer = new GridDistributionProjection(a, 100_000);
        reader = new GridDistributionProjection(b, 100_000);
    }

    @AfterAll
    static void stop() {
        b.shutdown();
        a.shutdown();
    }

    @BeforeEach
    void complete() {
        writer.markComplete(true);
    }

    @Test
    void aChangeWrittenThroughOneMemberIsInTheOthersNextAnswer() {
        String id = "next-" + UUID.randomUUID();
        for (long version = 1; version <= 300; version++) {
            writer.publish(version, List.of(item(id, version)));
            assertEquals(version, read(id).id(), "the reader's copy held version " + (version - 1) + " before");
        }
    }

    @Test
    void anIdReadWhileUnknownIsAnsweredOnceItIsPublished() {
        String id = "late-" + UUID.randomUUID();
        assertNull(read(id), "not in the grid yet: the copy now remembers it as absent");
        writer.publish(1, List.of(item(id, 1)));
        assertEquals(1, read(id).id());
    }

    @Test
    void theCompleteMarkAndThePenaltyBookReachTheOtherMemberAtOnce() {
        String id = "mark-" + UUID.randomUUID();
        writer.publish(1, List.of(item(id, 1)));
        assertTrue(reader.current(List.of(id)).isPresent());
        writer.markComplete(false);
        assertEquals(Optional.empty(), reader.current(List.of(id)), "not complete: the database must answer");
        writer.markComplete(true);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int k = 1; k <= 20; k++) {
            PenaltyBook book = new PenaltyBook(List.of(new PenaltyTerm(SubjectKind.AUTHOR, "a" + k, 0.5, t,
                    t.plusSeconds(k), null)));
            writer.publishPenalties(1_000_000 + k, book);
            assertEquals(book, reader.current(List.of(id)).orElseThrow().penalties());
        }
    }

    @Test
    void aReaderFurtherBehindThanTheFeedKeepsStartsItsCopyAfresh() {
        String id = "behind-" + UUID.randomUUID();
        writer.publish(1, List.of(item(id, 1)));
        assertEquals(1, read(id).id());
        for (int k = 0; k < ChangeFeed.CAPACITY + 10; k++) {
            writer.publish(1, List.of("filler-" + k + "-" + id).stream().map(f -> item(f, 1)).toList());
        }
        writer.publish(2, List.of(item(id, 2)));
        assertEquals(2, read(id).id(), "the announcement of version 2 may be long gone; the copy starts afresh");
    }

    /**
     * Readers on one member race a writer on the other: no answer that starts after a publication returned holds an
     * older version than it, and no stale value stays in the copy once the writer stops.
     */
    @Test
    void racingReadersNeverAnswerOlderThanAPublicationThatReturnedBeforeThem() throws Exception {
        String id = "race-" + UUID.randomUUID();
        writer.publish(0, List.of(item(id, 0)));
        AtomicLong returned = new AtomicLong();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Long>> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            readers.add(pool.submit(() -> {
                long reads = 0;
                while (writing.get()) {
                    long floor = returned.get();
                    long seen = read(id).id();
                    if (seen < floor) {
                        throw new AssertionError("answered version " + seen + " after " + floor + " had returned");
                    }
                    reads++;
                }
                return reads;
            }));
        }
        for (long version = 1; version <= 500; version++) {
            writer.publish(version, List.of(item(id, version)));
            returned.set(version);
        }
        writing.set(false);
        long reads = 0;
        for (Future<Long> f : readers) {
            reads += f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertTrue(reads > 100, "the readers really raced the writer: " + reads + " reads");
        assertEquals(500, read(id).id());
    }

    private static ItemProjection read(String id) {
        Reading reading = reader.current(List.of(id)).orElseThrow();
        return reading.items().get(id);
    }

    private static Config config(String cluster) {
        Config config = new Config().setClusterName(cluster);
        config.getNetworkConfig().setPort(5991).setPortAutoIncrement(true);
        config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:5991").addMember("127.0.0.1:5992");
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.partition.count", "31");
        return config;
    }

    private static ItemProjection item(String id, long version) {
        Instant t = Instant.ofEpochSecond(1_700_000_000L + version);
        return new ItemProjection(version, id, ContentStatus.ACTIVE, null, "author", null,
                List.of(new DemotionTerm(DemotionKind.values()[0], 0.5, t, t.plusSeconds(60), null, "r" + version, null)),
                List.of(), List.of(), null);
    }
}
