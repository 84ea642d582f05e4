package org.veracity.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.veracity.domain.coordination.PostTrace;
import org.veracity.domain.coordination.TextSketch;

/**
 * The copy of recent traces answers exactly what the database would, however the detections of several instances
 * interleave: numbered in commit order, rolled back (a number used again), or after a restore (numbers going back).
 */
class RecentPostTracesTest {

    private static final Instant T0 = Instant.parse("2026-12-05T00:00:00Z");

    /** Committed traces and the lock row's counter, as PostgreSQL holds them; every read answers fresh objects. */
    private static final class Database implements RecentPostTraces.Source {
        final Map<Long, PostTrace> traces = new LinkedHashMap<>();
        final Map<Long, Long> writtenBy = new LinkedHashMap<>();
        long counter;
        long holder;
        int rowsRead;

        long lock() {
            return ++counter;
        }

        void write(PostTrace trace, long detection) {
            traces.put(trace.getContentId(), copy(trace));
            writtenBy.put(trace.getContentId(), detection);
        }

        @Override
        public List<PostTrace> writtenAfter(long detection, int limit) {
            List<PostTrace> out = traces.values().stream().filter(t -> writtenBy.get(t.getContentId()) > detection)
                    .limit(limit + 1L).map(RecentPostTracesTest::copy).toList();
            rowsRead += out.size();
            return out;
        }

        @Override
        public List<PostTrace> postedIn(Instant from, Instant until) {
            List<PostTrace> out = traces.values().stream()
                    .filter(t -> !t.getPostedAt().isBefore(from) && t.getPostedAt().isBefore(until))
                    .map(RecentPostTracesTest::copy).toList();
            rowsRead += out.size();
            return out;
        }

        /** The database path's answer: every committed trace in [from, to] sharing a key in its slot. */
        Map<Long, Long> sharing(List<Set<Long>> keys, Instant from, Instant to) {
            Map<Long, Long> out = new TreeMap<>();
            for (PostTrace t : traces.values()) {
                long[] sketch = t.sketch();
                boolean shares = false;
                for (int slot = 0; slot < sketch.length; slot++) {
                    shares |= keys.get(slot).contains(sketch[slot]);
                }
                if (shares && !t.getPostedAt().isBefore(from) && !t.getPostedAt().isAfter(to)) {
                    out.put(t.getContentId(), t.getCaseId() == null ? -1 : t.getCaseId());
                }
            }
            return out;
        }
    }

    private final Database db = new Database();
    private long nextId = 1;

    @Test
    void a_detection_reads_only_what_was_written_since_the_one_before_it() {
        RecentPostTraces copy = new RecentPostTraces(10_000);
        for (int k = 0; k < 500; k++) {
            db.write(trace(minutes(k % 60), k % 7), 0); // before V33: number 0
        }
        long first = db.lock();
        assertEquals(500, answer(copy, first, keysOf(0, 1, 2, 3, 4, 5, 6), minutes(0), minutes(59)).size());
        int afterLoad = db.rowsRead;
        for (int k = 0; k < 20; k++) {
            db.write(trace(minutes(30), 3), first);
        }
        long second = db.lock();
        assertEquals(520, answer(copy, second, keysOf(0, 1, 2, 3, 4, 5, 6), minutes(0), minutes(59)).size());
        assertEquals(20, db.rowsRead - afterLoad, "the second detection reads the 20 new traces, not the hour again");
    }

    @Test
    void what_a_committed_detection_wrote_here_is_not_read_back_by_the_next_one() {
        RecentPostTraces copy = new RecentPostTraces(10_000);
        long first = firstDetection(copy, 11, 3);
        for (int k = 0; k < 20; k++) {
            PostTrace trace = trace(minutes(30), 3);
            copy.stored(first, trace);
            db.write(trace, first);
        }
        db.holder = 11; // committed
        int before = db.rowsRead;
        long second = db.lock();
        copy.detecting(second, 12, OptionalLong.of(11));
        assertEquals(20, answer(copy, second, keysOf(3), minutes(0), minutes(59)).size());
        assertEquals(before, db.rowsRead, "nothing read back");
    }

    @Test
    void a_detection_that_rolled_back_here_leaves_nothing_though_another_instance_committed_its_number() {
        RecentPostTraces here = new RecentPostTraces(10_000);
        long first = firstDetection(here, 21, 4);
        here.stored(first, trace(minutes(10), 4)); // then rolls back
        db.counter--;
        long elsewhere = db.lock(); // the same number, taken by another instance, which commits
        assertEquals(first, elsewhere);
        db.write(trace(minutes(20), 4), elsewhere);
        db.holder = 22;
        long next = db.lock();
        here.detecting(next, 23, OptionalLong.of(22));
        assertEquals(1, answer(here, next, keysOf(4), minutes(0), minutes(59)).size(), "the other instance's trace only");
    }

    /** A detection on an empty database that reads the hour of {@code key} into the copy; its number. */
    private long firstDetection(RecentPostTraces copy, long token, int key) {
        long detection = db.lock();
        copy.detecting(detection, token, OptionalLong.of(db.holder));
        assertEquals(0, answer(copy, detection, keysOf(key), minutes(0), minutes(59)).size());
        return detection;
    }

    @Test
    void a_known_post_assigned_to_a_case_elsewhere_is_answered_with_its_case() {
        RecentPostTraces copy = new RecentPostTraces(10_000);
        PostTrace post = trace(minutes(10), 1);
        db.write(post, db.lock());
        long second = db.lock();
        assertEquals(Map.of(post.getContentId(), -1L), answer(copy, second, keysOf(1), minutes(0), minutes(20)));
        PostTrace assigned = copy(post);
        assigned.joinCase(77);
        db.write(assigned, second); // another instance's detection, with the number after
        long third = db.lock();
        assertEquals(Map.of(post.getContentId(), 77L), answer(copy, third, keysOf(1), minutes(0), minutes(20)));
    }

    @Test
    void a_window_of_more_hours_or_traces_than_the_copy_keeps_is_left_to_the_database() {
        RecentPostTraces copy = new RecentPostTraces(50);
        for (int k = 0; k < 60; k++) {
            db.write(trace(minutes(k), 1), 0);
        }
        long detection = db.lock();
        assertTrue(sharing(copy, detection, keysOf(1), minutes(0), minutes(59)).isEmpty(), "60 traces do not fit in 50");
        assertEquals(0, copy.size(), "an hour that does not fit is not kept");
        assertTrue(new RecentPostTraces(10_000).sharing(keysOf(1), minutes(0), minutes(60 * RecentPostTraces.MAX_HOURS),
                detection, db).isEmpty(), "seven hours are asked of the database");
    }

    @Test
    void numbers_going_back_after_a_restore_start_the_copy_afresh() {
        RecentPostTraces copy = new RecentPostTraces(10_000);
        PostTrace kept = trace(minutes(5), 2);
        db.write(kept, 0);
        db.counter = 40;
        assertEquals(1, answer(copy, db.lock(), keysOf(2), minutes(0), minutes(30)).size());
        PostTrace lost = trace(minutes(6), 2);
        db.write(lost, 41); // taken into the copy by detection 42, then the database is restored to before it
        assertEquals(2, answer(copy, db.lock(), keysOf(2), minutes(0), minutes(30)).size());
        db.traces.remove(lost.getContentId());
        db.counter = 12;
        assertEquals(Map.of(kept.getContentId(), -1L), answer(copy, db.lock(), keysOf(2), minutes(0), minutes(30)));
    }

    /**
     * Three instances take turns at the lock for 3,000 detections over ten hours: each asks its copy, then commits new
     * traces or assigns known ones to a case, or rolls back (its number is used again), or decides a case without
     * reading any trace. Every answer is compared with what the database path would answer at that moment.
     */
    @Test
    void interleaved_detections_of_three_instances_always_read_what_the_database_holds() {
        Random random = new Random(15);
        List<RecentPostTraces> instances = List.of(new RecentPostTraces(400), new RecentPostTraces(400),
                new RecentPostTraces(100_000));
        int compared = 0;
        int declined = 0;
        int written = 0;
        for (int step = 0; step < 3_000; step++) {
            RecentPostTraces copy = instances.get(random.nextInt(instances.size()));
            long token = random.nextLong();
            OptionalLong before = OptionalLong.of(db.holder);
            long detection = db.lock();
            copy.detecting(detection, token, before);
            if (random.nextInt(10) == 0) {
                db.holder = token;
                continue; // a case decision: takes a number, reads and writes no trace
            }
            Instant at = minutes(random.nextInt(600));
            boolean wide = random.nextInt(20) == 0;
            Instant from = at.minus(Duration.ofHours(wide ? 5 : 1));
            Instant to = at.plus(Duration.ofHours(1));
            List<Set<Long>> keys = randomKeys(random);
            Optional<List<PostTrace>> answered = copy.sharing(keys, from, to, detection, db);
            if (answered.isPresent()) {
                assertEquals(db.sharing(keys, from, to), asMap(answered.get()), "detection " + detection);
                compared++;
            } else {
                declined++;
            }
            boolean rollsBack = random.nextInt(8) == 0;
            if (random.nextInt(4) == 0 && !db.traces.isEmpty()) {
                List<PostTrace> all = new ArrayList<>(db.traces.values());
                List<Long> ids = new ArrayList<>();
                for (int k = 0; k < 5; k++) {
                    PostTrace member = copy(all.get(random.nextInt(all.size())));
                    member.joinCase(detection);
                    ids.add(member.getContentId());
                    if (!rollsBack) {
                        db.write(member, detection);
                    }
                }
                copy.assigned(detection, detection, ids);
            } else {
                for (int k = 0; k < 1 + random.nextInt(10); k++) {
                    PostTrace trace = trace(at.plusSeconds(random.nextInt(600)), random.nextInt(40));
                    copy.stored(detection, trace);
                    if (!rollsBack) {
                        db.write(trace, detection);
                    }
                }
            }
            if (rollsBack) {
                db.counter--; // rolled back: nothing written, and the next holder takes the same number
            } else {
                db.holder = token;
                written++;
            }
        }
        // The two small copies cannot keep three hours once the hours fill up, so those detections fall to the database.
        assertTrue(compared > 1_000 && declined > 100, compared + " answered by copies, " + declined + " declined");
        assertTrue(written > 1_000, written + " detections committed");
    }

    private static List<Set<Long>> randomKeys(Random random) {
        List<Set<Long>> keys = new ArrayList<>();
        for (int slot = 0; slot < TextSketch.SIZE; slot++) {
            Set<Long> slotKeys = new HashSet<>();
            for (int k = random.nextInt(3); k > 0; k--) {
                slotKeys.add(slot * 1000L + random.nextInt(40));
            }
            keys.add(slotKeys);
        }
        return keys;
    }

    private Map<Long, Long> answer(RecentPostTraces copy, long detection, List<Set<Long>> keys, Instant from,
                                   Instant to) {
        return asMap(sharing(copy, detection, keys, from, to).orElseThrow());
    }

    private Optional<List<PostTrace>> sharing(RecentPostTraces copy, long detection, List<Set<Long>> keys,
                                              Instant from, Instant to) {
        return copy.sharing(keys, from, to, detection, db);
    }

    private static Map<Long, Long> asMap(List<PostTrace> traces) {
        Map<Long, Long> out = new TreeMap<>();
        for (PostTrace t : traces) {
            Long before = out.put(t.getContentId(), t.getCaseId() == null ? -1 : t.getCaseId());
            assertEquals(null, before, "a trace answered twice: " + t.getContentId());
        }
        return out;
    }

    /** Keys that a trace of the given group holds: one per slot, {@code slot * 1000 + group}. */
    private static List<Set<Long>> keysOf(int... groups) {
        List<Set<Long>> keys = new ArrayList<>();
        for (int slot = 0; slot < TextSketch.SIZE; slot++) {
            int s = slot;
            keys.add(java.util.Arrays.stream(groups).mapToObj(g -> s * 1000L + g).collect(Collectors.toSet()));
        }
        return keys;
    }

    /** A post of the given group: its slots hold the group's keys, except the last, which is its own. */
    private PostTrace trace(Instant postedAt, int group) {
        long id = nextId++;
        long[] sketch = new long[TextSketch.SIZE];
        for (int slot = 0; slot < sketch.length; slot++) {
            sketch[slot] = slot == sketch.length - 1 && id % 2 == 0 ? -id : slot * 1000L + group;
        }
        return PostTrace.known(id, "p" + id, "a" + (id % 30), postedAt, "some terms " + id, sketch, null);
    }

    private static PostTrace copy(PostTrace t) {
        return PostTrace.known(t.getContentId(), t.getPlatformId(), t.getAuthorId(), t.getPostedAt(), t.termText(),
                t.sketch(), t.getCaseId());
    }

    private static Instant minutes(int m) {
        return T0.plus(Duration.ofMinutes(m));
    }
}
