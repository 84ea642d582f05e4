package org.veracity.infrastructure.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.veracity.domain.coordination.PostTrace;
import org.veracity.domain.coordination.TextSketch;

/**
 * One instance's copy of R18's post traces of the hours recently asked about, so that a detection reads from the
 * database only the traces written since the detection before it, not every candidate of its window again (issue 15:
 * six index scans of 500 keys a batch were most of PostgreSQL's work at intake, and the detection lock was held for
 * them). Exact, not a cache that may be stale: detections are numbered in commit order (V33), every trace written
 * carries its detection's number, and before answering the copy reads every trace numbered after the last detection
 * it has seen. An hour enters the copy whole, read by {@code posted_at} in the detection that first asks for it.
 * <p>
 * Only the holder of the detection lock calls it; its methods are synchronized so that each holder sees what the
 * one before it did on another thread. The traces it answers are copies: a detection changes the traces it places.
 */
final class RecentPostTraces {

    static final Duration HOUR = Duration.ofHours(1);

    /** A window wider than this many hours (a batch of posts from far apart) is asked of the database instead. */
    static final int MAX_HOURS = 6;

    /** Where the copy reads from: the database, as the detection lock's holder sees it. */
    interface Source {

        /** Traces whose detection number is larger than {@code detection}; at most {@code limit + 1} of them. */
        List<PostTrace> writtenAfter(long detection, int limit);

        /** Traces posted in [from, until). */
        List<PostTrace> postedIn(Instant from, Instant until);
    }

    private final int capacity;
    private final Map<Long, Hour> hours = new LinkedHashMap<>(16, 0.75f, true);
    private long seen = -1;
    private int size;

    /** The detection of this instance that last began, and what it has written so far. */
    private long pending = -1;
    private long pendingToken;
    private final List<PostTrace> pendingStored = new ArrayList<>();
    private final Map<Long, List<Long>> pendingAssigned = new LinkedHashMap<>();

    /** @param capacity traces kept at most; a window whose hours hold more is asked of the database */
    RecentPostTraces(int capacity) {
        this.capacity = capacity;
    }

    /**
     * What {@code CoordinationRepository.postsSharing} answers, for the holder of detection number {@code detection}
     * that has written no trace yet; empty when the window is the database's to answer (too many hours or traces).
     */
    synchronized Optional<List<PostTrace>> sharing(List<? extends Collection<Long>> keysBySlot, Instant from,
                                                   Instant to, long detection, Source db) {
        if (capacity <= 0) {
            return Optional.empty();
        }
        catchUp(detection, db);
        long first = hourOf(from);
        long last = hourOf(to);
        if (last - first + 1 > MAX_HOURS) {
            return Optional.empty();
        }
        for (long hour = first; hour <= last; hour++) {
            if (hours.get(hour) == null) {
                Hour loaded = new Hour();
                db.postedIn(Instant.ofEpochSecond(hour * HOUR.toSeconds()),
                        Instant.ofEpochSecond((hour + 1) * HOUR.toSeconds())).forEach(loaded::put);
                hours.put(hour, loaded);
                size += loaded.byId.size();
            }
        }
        if (!fits(first, last)) {
            return Optional.empty();
        }
        return Optional.of(collect(keysBySlot, from, to, first, last));
    }

    /**
     * Detection number {@code detection} of this instance begins, under token {@code token}. What the detection
     * before it wrote through this instance ({@link #stored}, {@link #assigned}) is taken into the copy without
     * reading it back from the database (issue 15: that read was a fifth of the time the lock was held) when
     * {@code before} proves that detection committed: it is the token the lock row held when this detection counted
     * it up, i.e. that of the detection that committed the number before this one (empty before V34's first use). A
     * number alone proves nothing: another instance may have committed the same number after this one's detection
     * rolled back.
     */
    synchronized void detecting(long detection, long token, OptionalLong before) {
        if (pending == detection - 1 && before.isPresent() && before.getAsLong() == pendingToken
                && seen == detection - 2) {
            pendingStored.forEach(trace -> take(trace.copy()));
            pendingAssigned.forEach((caseId, ids) -> ids.forEach(id -> hours.values().forEach(hour -> hour.joinCase(id,
                    caseId))));
            seen = detection - 1;
        }
        pending = detection;
        pendingToken = token;
        pendingStored.clear();
        pendingAssigned.clear();
    }

    /** Detection {@code detection} of this instance stores {@code trace}, as it will be committed. */
    synchronized void stored(long detection, PostTrace trace) {
        if (pending == detection) {
            pendingStored.add(trace);
        }
    }

    /** Detection {@code detection} of this instance assigns known traces to case {@code caseId}. */
    synchronized void assigned(long detection, long caseId, Collection<Long> contentIds) {
        if (pending == detection) {
            pendingAssigned.computeIfAbsent(caseId, c -> new ArrayList<>()).addAll(contentIds);
        }
    }

    /** How many traces the copy holds. */
    synchronized int size() {
        return size;
    }

    /** Reads what detections committed since the last one seen; starts afresh when that is not possible. */
    private void catchUp(long detection, Source db) {
        long before = detection - 1;
        if (seen == before) {
            return;
        }
        if (seen < 0 || seen > before) { // first use, or the numbers went back (a database restored from a backup)
            forget(before);
            return;
        }
        List<PostTrace> written = db.writtenAfter(seen, capacity);
        if (written.size() > capacity) {
            forget(before);
            return;
        }
        written.forEach(this::take);
        seen = before;
    }

    /** Takes a committed trace into its hour, when the copy holds that hour. */
    private void take(PostTrace trace) {
        Hour hour = hours.get(hourOf(trace.getPostedAt()));
        if (hour != null) {
            size += hour.put(trace);
        }
    }

    private void forget(long before) {
        hours.clear();
        size = 0;
        seen = before;
    }

    /** Drops the least recently asked hours outside [first, last] until the copy fits; false if it still does not. */
    private boolean fits(long first, long last) {
        for (Iterator<Map.Entry<Long, Hour>> it = hours.entrySet().iterator(); size > capacity && it.hasNext(); ) {
            Map.Entry<Long, Hour> eldest = it.next();
            if (eldest.getKey() < first || eldest.getKey() > last) {
                size -= eldest.getValue().byId.size();
                it.remove();
            }
        }
        if (size <= capacity) {
            return true;
        }
        for (long hour = first; hour <= last; hour++) { // this window alone is too big to keep
            Hour dropped = hours.remove(hour);
            size -= dropped == null ? 0 : dropped.byId.size();
        }
        return false;
    }

    private List<PostTrace> collect(List<? extends Collection<Long>> keysBySlot, Instant from, Instant to,
                                    long first, long last) {
        Set<Long> found = new HashSet<>();
        List<PostTrace> answer = new ArrayList<>();
        for (long h = first; h <= last; h++) {
            Hour hour = hours.get(h);
            for (int slot = 0; slot < keysBySlot.size(); slot++) {
                for (Long key : keysBySlot.get(slot)) {
                    hour.forEachWith(slot, key, trace -> {
                        if (!trace.getPostedAt().isBefore(from) && !trace.getPostedAt().isAfter(to)
                                && found.add(trace.getContentId())) {
                            answer.add(trace.copy());
                        }
                    });
                }
            }
        }
        return answer;
    }

    static long hourOf(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), HOUR.toSeconds());
    }

    /** One hour's traces, by id and by each slot's band key (a key's value is one trace, or a list when shared). */
    private static final class Hour {
        final Map<Long, PostTrace> byId = new HashMap<>();
        final List<Map<Long, Object>> bySlot = new ArrayList<>();

        Hour() {
            for (int slot = 0; slot < TextSketch.SIZE; slot++) {
                bySlot.add(new HashMap<>());
            }
        }

        /** Adds a trace, or takes a known one's new case; answers how many traces were added (0 or 1). */
        int put(PostTrace trace) {
            if (byId.containsKey(trace.getContentId())) { // only its case changes (assign); its keys never do
                if (trace.getCaseId() != null) {
                    joinCase(trace.getContentId(), trace.getCaseId());
                }
                return 0;
            }
            byId.put(trace.getContentId(), trace);
            long[] sketch = trace.sketch();
            for (int slot = 0; slot < sketch.length; slot++) {
                bySlot.get(slot).merge(sketch[slot], trace, Hour::both);
            }
            return 1;
        }

        /** A held trace joins a case (CoordinationRepository.assign); nothing when the hour does not hold it. */
        void joinCase(long contentId, long caseId) {
            PostTrace known = byId.get(contentId);
            if (known != null) {
                known.joinCase(caseId);
            }
        }

        @SuppressWarnings("unchecked")
        private static Object both(Object held, Object added) {
            if (held instanceof List<?> list) {
                ((List<Object>) list).add(added);
                return list;
            }
            List<Object> list = new ArrayList<>(4);
            list.add(held);
            list.add(added);
            return list;
        }

        void forEachWith(int slot, Long key, java.util.function.Consumer<PostTrace> action) {
            Object held = bySlot.get(slot).get(key);
            if (held instanceof PostTrace trace) {
                action.accept(trace);
            } else if (held instanceof List<?> list) {
                list.forEach(t -> action.accept((PostTrace) t));
            }
        }
    }
}
