package org.veracity.infrastructure.grid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * This instance's decoded copy of the grid entries it has read, kept exact by the {@link ChangeFeed}: before each
 * read it drops every key announced since the last one. A value read from the grid is kept only if no announcement
 * of its key was applied while it was being read: the reader first places a reservation, an announcement removes it,
 * and the value replaces the reservation only if it is still there (what Hazelcast's own near cache does, made
 * synchronous with the writers by the feed). Values are the decoded objects, so an answer decodes nothing.
 * A key the grid does not hold is kept as "absent" too, so unknown ids cost no read. Each key names one kind of value
 * (an item's projection, the penalty book, the "complete" mark), so the caller knows the type it reads.
 */
final class LocalCopy {

    private static final Object ABSENT = new Object();

    /** A reader's claim on a key it is reading from the grid. */
    private static final class Reservation {
    }

    private final ConcurrentHashMap<String, Object> entries = new ConcurrentHashMap<>();
    private final ReentrantLock catchingUp = new ReentrantLock();
    private final int maxEntries;
    /** The last announcement applied; everything up to it is reflected in {@link #entries}. */
    private volatile long applied;

    LocalCopy(int maxEntries, long startingAt) {
        this.maxEntries = maxEntries;
        this.applied = startingAt;
    }

    /**
     * Applies every announcement up to the feed's tail. Threads that find the copy behind wait for the one applying
     * them, since none may answer before the changes its caller could already know of are applied.
     */
    void catchUp(ChangeFeed feed) {
        long tail = feed.tail();
        if (tail == applied) {
            return;
        }
        catchingUp.lock();
        try {
            if (tail == applied) {
                return;
            }
            List<String> changed = tail > applied ? feed.keysBetween(applied + 1, tail) : null;
            if (changed == null) {
                entries.clear(); // too far behind, or the feed was lost and began again: start afresh
            } else {
                changed.forEach(entries::remove);
            }
            applied = tail;
        } finally {
            catchingUp.unlock();
        }
    }

    /** The values of these keys, from the copy, reading those it lacks with {@code read} (which omits absent keys). */
    <V> Map<String, V> getAll(Collection<String> keys, Function<Set<String>, Map<String, V>> read) {
        if (maxEntries == 0) {
            return read.apply(new LinkedHashSet<>(keys)); // the copy is turned off
        }
        Map<String, V> found = new HashMap<>(keys.size() * 2);
        Set<String> missing = new LinkedHashSet<>();
        List<Map.Entry<String, Reservation>> reserved = new ArrayList<>();
        for (String key : keys) {
            Object value = entries.get(key);
            if (value == null) {
                Reservation mine = new Reservation();
                if (entries.putIfAbsent(key, mine) == null) {
                    reserved.add(Map.entry(key, mine));
                }
                missing.add(key);
            } else if (value instanceof Reservation) {
                missing.add(key); // another reader is reading it: read it too, and let that one keep it
            } else if (value != ABSENT) {
                found.put(key, cast(value));
            }
        }
        if (!missing.isEmpty()) {
            Map<String, V> read0 = read.apply(missing);
            found.putAll(read0);
            for (Map.Entry<String, Reservation> r : reserved) {
                V value = read0.get(r.getKey());
                entries.replace(r.getKey(), r.getValue(), value == null ? ABSENT : value);
            }
            keepWithinBounds();
        }
        return found;
    }

    /** One key's value; {@code read} answers null when the grid does not hold it. */
    <V> V get(String key, Function<String, V> read) {
        return getAll(List.of(key), keys -> {
            V value = read.apply(key);
            return value == null ? Map.<String, V>of() : Map.of(key, value);
        }).get(key);
    }

    int size() {
        return entries.size();
    }

    /** Past its bound the copy drops an eighth of its entries (any: the grid still holds them all). */
    private void keepWithinBounds() {
        if (entries.size() <= maxEntries) {
            return;
        }
        int drop = Math.max(1, maxEntries / 8);
        Iterator<String> keys = entries.keySet().iterator();
        for (int k = 0; k < drop && keys.hasNext(); k++) {
            keys.next();
            keys.remove();
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> V cast(Object value) {
        return (V) value;
    }
}
