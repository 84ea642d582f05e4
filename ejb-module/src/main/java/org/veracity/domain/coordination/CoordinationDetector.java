package org.veracity.domain.coordination;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veracity.domain.hoax.NearDuplicates;

/**
 * Places arriving posts among the posts already known (R18), in order: a post near-identical to a member of a case
 * joins that case (the most similar member's); otherwise, when it and its near-identical posts reach the rule's
 * accounts within its window, they open a new cluster together. Only posts sharing a {@link TextSketch} key are
 * compared, as the database finds them. Pure: the caller stores what it answers.
 */
public final class CoordinationDetector {

    private final CoordinationRule rule;

    public CoordinationDetector(CoordinationRule rule) {
        this.rule = rule;
    }

    /** A cluster that became coordinated in this placement: its members, in time order, and the post that tipped it. */
    public record Cluster(List<PostTrace> members, PostTrace tipping) {
    }

    /**
     * Places {@code arriving} (in order) against {@code known} posts. Arriving posts joining an existing case get its
     * id ({@link PostTrace#joinCase}); posts of clusters opened here (known ones included) are answered as clusters,
     * whose case the caller creates.
     */
    public List<Cluster> place(List<PostTrace> arriving, Collection<PostTrace> known) {
        List<Map<Long, List<PostTrace>>> byKey = new ArrayList<>();
        for (int slot = 0; slot < TextSketch.SIZE; slot++) {
            byKey.add(new HashMap<>());
        }
        known.forEach(p -> index(byKey, p));
        Map<PostTrace, List<PostTrace>> opened = new IdentityHashMap<>();
        Map<PostTrace, PostTrace> openedBy = new IdentityHashMap<>();
        List<Cluster> clusters = new ArrayList<>();
        for (PostTrace post : arriving) {
            List<PostTrace> similar = new ArrayList<>();
            PostTrace bestInCase = null;
            double best = -1;
            for (PostTrace candidate : candidates(byKey, post)) {
                if (!rule.withinReach(candidate, post)) {
                    continue;
                }
                double similarity = NearDuplicates.similarity(candidate.terms(), post.terms());
                if (similarity < rule.similarity()) {
                    continue;
                }
                similar.add(candidate);
                boolean inCase = candidate.getCaseId() != null || openedBy.containsKey(candidate);
                if (inCase && similarity > best) {
                    best = similarity;
                    bestInCase = candidate;
                }
            }
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
            index(byKey, post);
        }
        return clusters;
    }

    /** Posts with an equal value in the same slot of the sketch (a MinHash match). */
    private static Set<PostTrace> candidates(List<Map<Long, List<PostTrace>>> byKey, PostTrace post) {
        Set<PostTrace> found = new LinkedHashSet<>();
        long[] sketch = post.sketch();
        for (int slot = 0; slot < sketch.length; slot++) {
            found.addAll(byKey.get(slot).getOrDefault(sketch[slot], List.of()));
        }
        return found;
    }

    private static void index(List<Map<Long, List<PostTrace>>> byKey, PostTrace post) {
        long[] sketch = post.sketch();
        for (int slot = 0; slot < sketch.length; slot++) {
            byKey.get(slot).computeIfAbsent(sketch[slot], k -> new ArrayList<>()).add(post);
        }
    }
}
