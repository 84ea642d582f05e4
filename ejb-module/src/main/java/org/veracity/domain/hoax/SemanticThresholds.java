package org.veracity.domain.hoax;

/**
 * When the semantic tier suggests an entry for review. The default comes from the CheckThat 2022 2A evaluation in
 * docs/matching.md (tuned on one half of its training tweets, reported on the other).
 *
 * @param review         cosine similarity of the sentence embeddings at or above which an entry is suggested
 * @param maxSuggestions at most this many entries are suggested for one item, the closest first
 */
public record SemanticThresholds(double review, int maxSuggestions) {

    public static final double DEFAULT_REVIEW = 0.52;
    public static final int DEFAULT_MAX_SUGGESTIONS = 3;

    public SemanticThresholds {
        if (!(review > 0 && review <= 1)) {
            throw new IllegalArgumentException("need 0 < review <= 1, got " + review);
        }
        if (maxSuggestions < 1) {
            throw new IllegalArgumentException("need maxSuggestions >= 1, got " + maxSuggestions);
        }
    }

    public static SemanticThresholds defaults() {
        return new SemanticThresholds(DEFAULT_REVIEW, DEFAULT_MAX_SUGGESTIONS);
    }
}
