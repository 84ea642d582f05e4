package org.veracity.domain.hoax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The semantic tier (issue 10): the variants' sentence embeddings in one flat array, scanned exactly (a dot product
 * per variant; at 100,000 variants that is a few milliseconds, less than encoding the item). It only ever
 * suggests: every match it returns is {@link MatchTier#REVIEW} of kind {@link MatchKind#SEMANTIC}, never a block,
 * because a close meaning is as close for "X is true" as for a careful report about X.
 *
 * <p>Built once and then only read (a new index replaces it when entries change), so concurrent reads are safe.
 */
public final class SemanticIndex {

    private final SemanticThresholds thresholds;
    private final int dimensions;
    private final List<String> entryIds = new ArrayList<>();
    private final List<String> variantIds = new ArrayList<>();
    private float[] vectors = new float[0];

    public SemanticIndex(SemanticThresholds thresholds, int dimensions) {
        this.thresholds = thresholds;
        this.dimensions = dimensions;
    }

    /** Adds a variant's embedding (unit length, as {@link SentenceEncoder} gives it). */
    public void add(String entryId, String variantId, float[] embedding) {
        if (embedding.length != dimensions) {
            throw new IllegalArgumentException("embedding has " + embedding.length + " dimensions, not " + dimensions);
        }
        int at = entryIds.size() * dimensions;
        if (at + dimensions > vectors.length) {
            vectors = Arrays.copyOf(vectors, Math.max(at + dimensions, vectors.length * 2));
        }
        System.arraycopy(embedding, 0, vectors, at, dimensions);
        entryIds.add(entryId);
        variantIds.add(variantId);
    }

    public int size() {
        return entryIds.size();
    }

    public SemanticThresholds thresholds() {
        return thresholds;
    }

    /**
     * The entries close in meaning to an item, closest first: for each entry its closest variant, if the cosine
     * reaches the review threshold; entries in {@code skip} (already matched by text) are left out; at most
     * {@link SemanticThresholds#maxSuggestions()}.
     */
    public List<HoaxMatch> suggest(float[] item, Set<String> skip) {
        Map<String, HoaxMatch> best = new HashMap<>();
        int n = entryIds.size();
        for (int v = 0; v < n; v++) {
            double cosine = dot(item, v * dimensions);
            if (cosine < thresholds.review()) {
                continue;
            }
            String entryId = entryIds.get(v);
            if (skip.contains(entryId)) {
                continue;
            }
            HoaxMatch candidate = semantic(entryId, variantIds.get(v), cosine);
            best.merge(entryId, candidate, HoaxMatch::better);
        }
        return best.values().stream().sorted(HoaxMatch.BEST_FIRST).limit(thresholds.maxSuggestions()).toList();
    }

    /** The cosine of every entry's closest variant, highest first (for evaluation: how far the right one ranks). */
    public List<Map.Entry<String, Double>> rank(float[] item) {
        Map<String, Double> best = new HashMap<>();
        for (int v = 0; v < entryIds.size(); v++) {
            best.merge(entryIds.get(v), dot(item, v * dimensions), Math::max);
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(best.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return ranked;
    }

    private double dot(float[] item, int offset) {
        float sum = 0;
        for (int d = 0; d < dimensions; d++) {
            sum += item[d] * vectors[offset + d];
        }
        return sum;
    }

    static HoaxMatch semantic(String entryId, String variantId, double cosine) {
        double similarity = Math.max(0, Math.min(1, cosine));
        return new HoaxMatch(entryId, variantId, MatchKind.SEMANTIC, similarity, MatchTier.REVIEW, -1, List.of(),
                List.of(), false);
    }

    /** Bytes the embeddings take (the flat array; the id lists are shared strings). */
    public long embeddingBytes() {
        return (long) entryIds.size() * dimensions * Float.BYTES;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SemanticIndex[%d variants, review at %.2f]", size(), thresholds.review());
    }
}
