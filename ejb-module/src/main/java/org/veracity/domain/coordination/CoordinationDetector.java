package org.veracity.domain.coordination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veracity.domain.hoax.NearDuplicates;

/**
 * Places arriving posts among the posts already known (R18), in order: a post near-identical to a member of a case
 * joins that case (the most similar member's); otherwise, when it and its near-identical posts reach the rule's
 * accounts within its window, they open a new cluster together. Only posts sharing a {@link TextSketch} band key
 * with the post, or (for a cluster without a case yet) with a post found near-identical to it, and so on, are
 * compared: members of a growing cluster that share no band with the post itself are still counted, so the rule
 * decides, not the keys. Pure: the caller stores what it answers.
 */
public final class CoordinationDetector {

    /** Known posts holding one of the given keys in its slot (one set of keys per slot), as the database finds them. */
    @FunctionalInterface
    public interface KnownPosts {
        Collection<PostTrace> sharing(List<Set<Long>> keysBySlot);
    }

    private final CoordinationRule rule;
    private final TermNumbering numbers;

    public CoordinationDetector(CoordinationRule rule) {
        this(rule, new TermNumbering());
    }

    /** @param numbers shared by the placements of many batches, which then number a known post's terms once */
    public CoordinationDetector(CoordinationRule rule, TermNumbering numbers) {
        this.rule = rule;
        this.numbers = numbers;
    }

    /** A cluster that became coordinated in this placement: its members, in time order, and the post that tipped it. */
    public record Cluster(List<PostTrace> members, PostTrace tipping) {
    }

    /** {@link #place(List, Collection, KnownPosts)} when {@code known} holds every post there is to compare. */
    public List<Cluster> place(List<PostTrace> arriving, Collection<PostTrace> known) {
        return place(arriving, known, keys -> List.of());
    }

    /**
     * Places {@code arriving} (in order) against {@code known} posts, which share a key with some arriving post.
     * Arriving posts joining an existing case get its id ({@link PostTrace#joinCase}); posts of clusters opened here
     * (known ones included) are answered as clusters, whose case the caller creates. When a post has near-identical
     * posts but no case to join, the known posts sharing a key with those are compared too (and with the
     * near-identical ones found among them, until none is new), asking {@code more} for keys not asked before.
     */
    public List<Cluster> place(List<PostTrace> arriving, Collection<PostTrace> known, KnownPosts more) {
        Index index = new Index(known.size() + arriving.size());
        List<Set<Long>> asked = new ArrayList<>();
        for (int slot = 0; slot < TextSketch.SIZE; slot++) {
            asked.add(new HashSet<>());
        }
        known.forEach(index::add);
        arriving.forEach(p -> addKeys(asked, p));
        Map<PostTrace, List<PostTrace>> opened = new IdentityHashMap<>();
        Map<PostTrace, PostTrace> openedBy = new IdentityHashMap<>();
        List<Cluster> clusters = new ArrayList<>();
        for (PostTrace post : arriving) {
            Comparison found = new Comparison(post, index, openedBy);
            Ints first = index.candidates(post, post, null);
            for (int k = 0; k < first.size; k++) {
                found.compare(first.values[k]);
            }
            // A cluster still growing: its members that share no band with this post are found through the ones
            // that do, and through those, until no more near-identical post turns up.
            List<PostTrace> frontier = List.copyOf(found.similar);
            BitSet compared = null;
            while (found.bestInCase == null && !frontier.isEmpty()) {
                if (compared == null) {
                    compared = new BitSet();
                    for (int k = 0; k < first.size; k++) {
                        compared.set(first.values[k]);
                    }
                }
                List<Set<Long>> wanted = new ArrayList<>();
                for (int slot = 0; slot < TextSketch.SIZE; slot++) {
                    wanted.add(new HashSet<>());
                }
                frontier.forEach(s -> addKeys(wanted, s));
                for (int slot = 0; slot < TextSketch.SIZE; slot++) {
                    wanted.get(slot).removeAll(asked.get(slot));
                    asked.get(slot).addAll(wanted.get(slot));
                }
                if (wanted.stream().anyMatch(keys -> !keys.isEmpty())) {
                    more.sharing(wanted).forEach(index::add);
                }
                // Each frontier post's candidates in turn, each post once, none compared before, never the post.
                Ints next = new Ints();
                for (PostTrace s : frontier) {
                    Ints of = index.candidates(s, post, compared);
                    for (int k = 0; k < of.size; k++) {
                        compared.set(of.values[k]);
                        next.add(of.values[k]);
                    }
                }
                int before = found.similar.size();
                for (int k = 0; k < next.size; k++) {
                    found.compare(next.values[k]);
                }
                frontier = List.copyOf(found.similar.subList(before, found.similar.size()));
            }
            List<PostTrace> similar = found.similar;
            PostTrace bestInCase = found.bestInCase;
            if (bestInCase != null) {
                if (bestInCase.getCaseId() != null) {
                    post.joinCase(bestInCase.getCaseId());
                } else {
                    PostTrace tipping = openedBy.get(bestInCase);
                    opened.get(tipping).add(post);
                    openedBy.put(post, tipping);
                }
            } else {
                similar.add(post);
                if (rule.isCoordinated(similar)) {
                    similar.sort(Comparator.comparing(PostTrace::getPostedAt));
                    opened.put(post, similar);
                    similar.forEach(member -> openedBy.put(member, post));
                    clusters.add(new Cluster(similar, post));
                }
            }
            index.add(post);
        }
        return clusters;
    }

    /** The near-identical posts of one arriving post, and the most similar one that belongs to a case. */
    private final class Comparison {
        final PostTrace post;
        final int[] terms;
        final Instant earliest;
        final Instant latest;
        final Index index;
        final Map<PostTrace, PostTrace> openedBy;
        final List<PostTrace> similar = new ArrayList<>();
        PostTrace bestInCase;
        double best = -1;

        Comparison(PostTrace post, Index index, Map<PostTrace, PostTrace> openedBy) {
            this.post = post;
            this.index = index;
            this.terms = numbers.of(post);
            this.earliest = post.getPostedAt().minus(rule.window());
            this.latest = post.getPostedAt().plus(rule.window());
            this.openedBy = openedBy;
        }

        void compare(int number) {
            PostTrace candidate = index.post(number);
            // rule.withinReach(candidate, post), without a Duration per pair: |a - b| <= window
            if (candidate.getPostedAt().isBefore(earliest) || candidate.getPostedAt().isAfter(latest)) {
                return;
            }
            double similarity = NearDuplicates.similarity(index.terms(number), terms);
            if (similarity < rule.similarity()) {
                return;
            }
            similar.add(candidate);
            boolean inCase = candidate.getCaseId() != null || openedBy.containsKey(candidate);
            if (inCase && similarity > best) {
                best = similarity;
                bestInCase = candidate;
            }
        }
    }

    /**
     * The posts known to one placement, numbered in the order they became known, by band key. Candidates are
     * collected as numbers in the order a set of the keys' lists would hold them (slot by slot, each post where it
     * first appears): a post shares bands with thousands of others in a stream of frequent words, and a hash set
     * per post cost more than the comparisons (issue 15).
     */
    private final class Index {
        final List<KeyTable<Ints>> byKey = new ArrayList<>();
        final List<PostTrace> posts = new ArrayList<>();
        final List<int[]> terms = new ArrayList<>();
        final KeyTable<PostTrace> indexed;
        int[] seen = new int[64];
        int round;

        /** @param expected posts it will likely hold: its tables are made big enough at once */
        Index(int expected) {
            indexed = new KeyTable<>(expected);
            for (int slot = 0; slot < TextSketch.SIZE; slot++) {
                byKey.add(new KeyTable<>(expected));
            }
        }

        /** Indexes a post by its keys, once: a post the database answers twice is still one post. */
        void add(PostTrace post) {
            if (post.getContentId() != null) {
                if (indexed.get(post.getContentId()) != null) {
                    return;
                }
                indexed.put(post.getContentId(), post);
            }
            int number = posts.size();
            posts.add(post);
            terms.add(null);
            long[] sketch = post.sketch();
            for (int slot = 0; slot < sketch.length; slot++) {
                KeyTable<Ints> table = byKey.get(slot);
                Ints holding = table.get(sketch[slot]);
                if (holding == null) {
                    holding = new Ints();
                    table.put(sketch[slot], holding);
                }
                holding.add(number);
            }
        }

        PostTrace post(int number) {
            return posts.get(number);
        }

        /** The post's terms as numbers, looked up once per placement. */
        int[] terms(int number) {
            int[] t = terms.get(number);
            if (t == null) {
                t = numbers.of(posts.get(number));
                terms.set(number, t);
            }
            return t;
        }

        /** Posts with an equal key in the same slot as {@code of} (an equal band), except {@code not} and those in {@code skip}. */
        Ints candidates(PostTrace of, PostTrace not, BitSet skip) {
            if (seen.length < posts.size()) {
                seen = Arrays.copyOf(seen, Math.max(posts.size(), 2 * seen.length));
            }
            round++;
            Ints found = new Ints();
            long[] sketch = of.sketch();
            for (int slot = 0; slot < sketch.length; slot++) {
                Ints sharing = byKey.get(slot).get(sketch[slot]);
                for (int k = 0; sharing != null && k < sharing.size; k++) {
                    int n = sharing.values[k];
                    if (seen[n] != round) {
                        seen[n] = round;
                        PostTrace p = posts.get(n);
                        if (p != of && p != not && (skip == null || !skip.get(n))) {
                            found.add(n);
                        }
                    }
                }
            }
            return found;
        }
    }

    /**
     * A map from {@code long} keys, open addressing with linear probing: a placement indexes some 16,000 known posts
     * by six keys each, and a boxed {@code Long} per key in a {@code HashMap} cost more than the lookups (issue 15).
     */
    private static final class KeyTable<V> {
        long[] keys;
        Object[] values;
        int size;

        KeyTable(int expected) {
            int capacity = Integer.highestOneBit(Math.max(128, Math.min(expected, 1 << 24)) * 2 - 1) * 2;
            keys = new long[capacity];
            values = new Object[capacity];
        }

        @SuppressWarnings("unchecked")
        V get(long key) {
            int mask = keys.length - 1;
            for (int i = slotOf(key, mask); values[i] != null; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return (V) values[i];
                }
            }
            return null;
        }

        /** Adds a key that is not in the table. */
        void put(long key, V value) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = slotOf(key, mask);
            while (values[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
            size++;
        }

        private void grow() {
            long[] oldKeys = keys;
            Object[] oldValues = values;
            keys = new long[2 * oldKeys.length];
            values = new Object[2 * oldValues.length];
            int mask = keys.length - 1;
            for (int k = 0; k < oldKeys.length; k++) {
                if (oldValues[k] != null) {
                    int i = slotOf(oldKeys[k], mask);
                    while (values[i] != null) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = oldKeys[k];
                    values[i] = oldValues[k];
                }
            }
        }

        private static int slotOf(long key, int mask) {
            long mixed = key * 0x9E3779B97F4A7C15L;
            return (int) (mixed ^ (mixed >>> 32)) & mask;
        }
    }

    /** A growable list of ints. */
    private static final class Ints {
        int[] values = new int[8];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = value;
        }
    }

    private static void addKeys(List<Set<Long>> keys, PostTrace post) {
        long[] sketch = post.sketch();
        for (int slot = 0; slot < sketch.length; slot++) {
            keys.get(slot).add(sketch[slot]);
        }
    }

}
