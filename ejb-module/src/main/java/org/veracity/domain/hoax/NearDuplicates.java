package org.veracity.domain.hoax;

import java.util.List;

/**
 * The RFH matcher's text similarity ({@link TextSimilarity#score}) between two normalised texts, for rules that
 * compare posts with each other rather than with a hoax entry: coordinated posting (R18) clusters near-identical
 * posts with it. Terms are {@link NormalizedText#terms()}: distinct and sorted.
 */
public final class NearDuplicates {

    /** Fewer content terms than this name a topic, not a message ({@link VariantFingerprint#MIN_TERMS}). */
    public static final int MIN_TERMS = VariantFingerprint.MIN_TERMS;

    private NearDuplicates() {
    }

    /** Similarity in [0, 1] of a later text to an earlier one, which plays the variant's part. */
    public static double similarity(List<String> earlier, List<String> later) {
        return TextSimilarity.score(overlap(earlier, later), earlier.size(), later.size());
    }

    /**
     * The same similarity for terms numbered by one dictionary (distinct terms, distinct numbers, each array sorted):
     * the overlap of two sets does not depend on how their members are named, so the value is exactly the one of
     * {@link #similarity(List, List)}, without comparing strings for every pair.
     */
    public static double similarity(int[] earlier, int[] later) {
        return TextSimilarity.score(TextSimilarity.overlap(earlier, later), earlier.length, later.length);
    }

    private static int overlap(List<String> a, List<String> b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.size() && j < b.size()) {
            int order = a.get(i).compareTo(b.get(j));
            if (order == 0) {
                common++;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}
