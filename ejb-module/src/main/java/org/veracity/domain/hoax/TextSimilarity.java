package org.veracity.domain.hoax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The one similarity function and tier rule for text, shared by {@link HoaxIndex} and {@link BruteForceMatcher}
 * so that both reach the same decision.
 *
 * <p>Similarity is the mean of two set measures over content terms: Jaccard, |V∩I| / |V∪I|, which penalises
 * both missing and added words, and the variant's containment, |V∩I| / |V|, which forgives a hoax pasted into a
 * longer post. Both ignore word order, so reordered clauses score as the original. Because Jaccard never exceeds
 * containment, a similarity of at least {@code s} needs containment of at least {@code s}: an item must share at
 * least {@code ceil(s·|V|)} of a variant's terms. {@link HoaxIndex} relies on that bound to skip variants
 * without losing any.
 *
 * <p>A block additionally needs the facts to agree: every figure and name of the variant present in the item, no
 * figure or name in the item that the variant lacks, and the same negation. In LIAR the near misses that come
 * closest are templates with one name or number swapped ("funding Congressman Jim Renacci" / "… Sean Duffy",
 * "voter fraud in Virginia" / "… in California", "Buck wants to privatize Social Security" / "Rep. Charles Bass
 * wants …"); they go to review instead.
 */
final class TextSimilarity {

    private TextSimilarity() {
    }

    static double score(int overlap, int variantSize, int itemSize) {
        if (overlap == 0) {
            return 0.0;
        }
        double jaccard = overlap / (double) (variantSize + itemSize - overlap);
        double containment = overlap / (double) variantSize;
        return (jaccard + containment) / 2;
    }

    /**
     * The least overlap with which a variant of this size can reach {@code threshold}; computed in the same
     * floating-point arithmetic as {@link #score} so that the bound is exact, not approximately right.
     */
    static int minimumOverlap(int variantSize, double threshold) {
        int overlap = (int) Math.ceil(threshold * variantSize);
        while (overlap > 1 && (overlap - 1) / (double) variantSize >= threshold) {
            overlap--;
        }
        while (overlap < variantSize && overlap / (double) variantSize < threshold) {
            overlap++;
        }
        return Math.max(1, overlap);
    }

    static int overlap(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            int x = a[i];
            int y = b[j];
            if (x == y) {
                common++;
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /**
     * Whether one text negates a clause that the other text mostly repeats: at least half of the clause's terms,
     * and at least two, occur in the other text (a bare "Not true." counts too). A negation elsewhere ("They don't
     * want you to know this:") does not count.
     */
    static boolean negatesShared(int[][] negatedClauses, int[] otherTerms) {
        for (int[] clause : negatedClauses) {
            int shared = 0;
            for (int term : clause) {
                if (term >= 0 && Arrays.binarySearch(otherTerms, term) >= 0) {
                    shared++;
                }
            }
            if (2 * shared >= clause.length && shared >= Math.min(2, clause.length)) {
                return true;
            }
        }
        return false;
    }

    /** The match of an item against one variant, or null when below the review threshold. */
    static HoaxMatch judge(VariantFingerprint variant, ItemFingerprint item, MatchThresholds thresholds,
            TermDictionary dictionary) {
        int overlap = overlap(variant.terms, item.knownTerms);
        double similarity = score(overlap, variant.size(), item.size);
        if (similarity < thresholds.textReview()) {
            return null;
        }
        List<String> missingFacts = new ArrayList<>();
        for (int key : variant.keyTerms) {
            if (!item.contains(key)) {
                missingFacts.add(dictionary.term(key));
            }
        }
        // Sorted by name, not id: every dictionary numbers terms in its own order.
        Collections.sort(missingFacts);
        List<String> addedFacts = new ArrayList<>();
        for (int k = 0; k < item.keyTerms.length; k++) {
            int id = item.keyTermIds[k];
            if (id < 0 || Arrays.binarySearch(variant.terms, id) < 0) {
                addedFacts.add(item.keyTerms[k]);
            }
        }
        // A capitalised sentence opener may be a name or not; one swapped for another is ("Kroger is offering…" /
        // "Walmart is offering…"), so when each text has an opener the other lacks, both count as differing facts.
        List<String> missingLeads = new ArrayList<>();
        for (int lead : variant.leadTerms) {
            if (!item.contains(lead)) {
                missingLeads.add(dictionary.term(lead));
            }
        }
        if (!missingLeads.isEmpty()) {
            List<String> addedLeads = new ArrayList<>();
            for (int k = 0; k < item.leadTerms.length; k++) {
                int id = item.leadTermIds[k];
                if (id < 0 || Arrays.binarySearch(variant.terms, id) < 0) {
                    addedLeads.add(item.leadTerms[k]);
                }
            }
            if (!addedLeads.isEmpty()) {
                missingFacts.addAll(missingLeads);
                addedFacts.addAll(addedLeads);
                Collections.sort(missingFacts);
                Collections.sort(addedFacts);
            }
        }
        boolean negationDiffers = negatesShared(variant.negatedClauses, item.knownTerms)
                != negatesShared(item.negatedClauses, variant.terms);
        boolean factsAgree = missingFacts.isEmpty() && addedFacts.isEmpty() && !negationDiffers;
        CounterSpeech.Cue disputing = CounterSpeech.disputing(item.cues, item.cueClauses, variant.cues,
                variant.terms);
        MatchTier tier = similarity >= thresholds.textBlock() && factsAgree && disputing == null
                ? MatchTier.BLOCK : MatchTier.REVIEW;
        return new HoaxMatch(variant.entryId, variant.variantId, MatchKind.TEXT, similarity, tier, -1,
                missingFacts, addedFacts, negationDiffers, disputing == null ? null : disputing.quote());
    }
}
