package org.veracity.domain.hoax;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** An indexed variant as the matcher compares it: sorted term ids, the ids of its figures and names, negation. */
final class VariantFingerprint {

    /** Fewer content terms than this would block ordinary talk about a topic ("On abortion."). */
    static final int MIN_TERMS = 3;

    final String entryId;
    final String variantId;
    final int[] terms;
    final int[] keyTerms;
    /** Term ids of each negated clause, sorted. */
    final int[][] negatedClauses;

    /** Capitalised sentence openers that are not key terms (possible names), sorted. */
    final int[] leadTerms;
    /** The variant's own counter-speech cues: an item repeating them is not disputing it. */
    final List<CounterSpeech.Cue> cues;

    private VariantFingerprint(String entryId, String variantId, int[] terms, int[] keyTerms,
            int[][] negatedClauses, int[] leadTerms, List<CounterSpeech.Cue> cues) {
        this.entryId = entryId;
        this.variantId = variantId;
        this.terms = terms;
        this.keyTerms = keyTerms;
        this.negatedClauses = negatedClauses;
        this.leadTerms = leadTerms;
        this.cues = cues;
    }

    static VariantFingerprint of(String entryId, String variantId, NormalizedText text, TermDictionary dictionary) {
        if (text.size() < MIN_TERMS) {
            throw new IllegalArgumentException("variant " + variantId + " of entry " + entryId + " has "
                    + text.size() + " content terms (" + text.form() + "); at least " + MIN_TERMS
                    + " are needed so that it names a claim, not a topic");
        }
        int[] terms = text.terms().stream().mapToInt(dictionary::idOf).sorted().toArray();
        int[] keyTerms = text.keyTerms().stream().mapToInt(dictionary::idOf).sorted().toArray();
        int[][] negatedClauses = text.negatedClauses().stream()
                .map(clause -> clause.stream().mapToInt(dictionary::idOf).sorted().toArray())
                .toArray(int[][]::new);
        int[] leadTerms = text.leadTerms().stream().mapToInt(dictionary::idOf).sorted().toArray();
        List<CounterSpeech.Cue> cues = text.counterSpeech().stream()
                .map(cue -> new CounterSpeech.Cue(cue.key(), cue.quote(), Set.of())).toList();
        return new VariantFingerprint(entryId, variantId, terms, keyTerms, negatedClauses, leadTerms, cues);
    }

    int size() {
        return terms.length;
    }

    @Override
    public String toString() {
        return entryId + "/" + variantId + Arrays.toString(terms);
    }
}
