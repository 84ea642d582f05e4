package org.veracity.domain.coordination;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
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

    public CoordinationDetector(CoordinationRule rule) {
        this.rule = rule;
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
        List<Map<Long, List<PostTrace>>> byKey = new ArrayList<>();
        List<Set<Long>> asked = new ArrayList<>();
        for (int slot = 0; slot < TextSketch.SIZE; slot++) {
            byKey.add(new HashMap<>());
            asked.add(new HashSet<>());
        }
        Set<Long> indexed = new HashSet<>();
        known.forEach(p -> index(byKey, indexed, p));
        arriving.forEach(p -> addKeys(asked, p));
        Map<PostTrace, List<PostTrace>> opened = new IdentityHashMap<>();
        Map<PostTrace, PostTrace> openedBy = new IdentityHashMap<>();
        List<Cluster> clusters = new ArrayList<>();
        for (PostTrace post : arriving) {
            Comparison found = new Comparison(post, openedBy);
            Set<PostTrace> compared = candidates(byKey, post);
            compared.forEach(found::compare);
            // A cluster still growing: its members that share no band with this post are found through the ones
            // that do, and through those, until no more near-identical post turns up.
            List<PostTrace> frontier = List.copyOf(found.similar);
            while (found.bestInCase == null && !frontier.isEmpty()) {
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
                    more.sharing(wanted).forEach(p -> index(byKey, indexed, p));
                }
                Set<PostTrace> next = new LinkedHashSet<>();
                frontier.forEach(s -> next.addAll(candidates(byKey, s)));
                next.removeAll(compared);
                next.remove(post);
                compared.addAll(next);
                int before = found.similar.size();
                next.forEach(found::compare);
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
            index(byKey, indexed, post);
        }
        return clusters;
    }

    /** The near-identical posts of one arriving post, and the most similar one that belongs to a case. */
    private final class Comparison {
        final PostTrace post;
        final Map<PostTrace, PostTrace> openedBy;
        final List<PostTrace> similar = new ArrayList<>();
        PostTrace bestInCase;
        double best = -1;

        Comparison(PostTrace post, Map<PostTrace, PostTrace> openedBy) {
            this.post = post;
            this.openedBy = openedBy;
        }

        void compare(PostTrace candidate) {
            if (!rule.withinReach(candidate, post)) {
                return;
            }
            double similarity = NearDuplicates.similarity(candidate.terms(), post.terms());
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

    /** Posts with an equal key in the same slot of the sketch (an equal band of MinHash values). */
    private static Set<PostTrace> candidates(List<Map<Long, List<PostTrace>>> byKey, PostTrace post) {
        Set<PostTrace> found = new LinkedHashSet<>();
        long[] sketch = post.sketch();
        for (int slot = 0; slot < sketch.length; slot++) {
            found.addAll(byKey.get(slot).getOrDefault(sketch[slot], List.of()));
        }
        found.remove(post);
        return found;
    }

    private static void addKeys(List<Set<Long>> keys, PostTrace post) {
        long[] sketch = post.sketch();
        for (int slot = 0; slot < sketch.length; slot++) {
            keys.get(slot).add(sketch[slot]);
        }
    }

    /** Indexes a post by its keys, once: a post the database answers twice is still one post. */
    private static void index(List<Map<Long, List<PostTrace>>> byKey, Set<Long> indexed, PostTrace post) {
        if (post.getContentId() != null && !indexed.add(post.getContentId())) {
            return;
        }
        long[] sketch = post.sketch();
        for (int slot = 0; slot < sketch.length; slot++) {
            byKey.get(slot).computeIfAbsent(sketch[slot], k -> new ArrayList<>()).add(post);
        }
    }
}
