package org.veracity.domain.hoax;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * An incoming item's text against one dictionary: the ids of the terms the dictionary knows, and the count of
 * all its distinct terms (terms no variant has still make the item less similar).
 */
final class ItemFingerprint {

    final int[] knownTerms;
    final int size;
    /** Term ids of each negated clause, -1 for terms no variant has. */
    final int[][] negatedClauses;
    /** The item's figures and names, and their ids (-1 for a term no variant has). */
    final String[] keyTerms;
    final int[] keyTermIds;

    /** Capitalised sentence openers (possible names) and their ids, as for key terms. */
    final String[] leadTerms;
    final int[] leadTermIds;
    /** The item's counter-speech cues, and for each the ids of its clause's terms (questions only). */
    final List<CounterSpeech.Cue> cues;
    final int[][] cueClauses;

    private ItemFingerprint(int[] knownTerms, int size, int[][] negatedClauses, String[] keyTerms,
            int[] keyTermIds, String[] leadTerms, int[] leadTermIds, List<CounterSpeech.Cue> cues,
            int[][] cueClauses) {
        this.knownTerms = knownTerms;
        this.size = size;
        this.negatedClauses = negatedClauses;
        this.keyTerms = keyTerms;
        this.keyTermIds = keyTermIds;
        this.leadTerms = leadTerms;
        this.leadTermIds = leadTermIds;
        this.cues = cues;
        this.cueClauses = cueClauses;
    }

    /**
     * Terms are looked up with typo tolerance ({@link TermDictionary#resolve}): "goverment" counts as the
     * variant's "government", for the similarity and for the facts alike.
     */
    static ItemFingerprint of(NormalizedText text, TermDictionary dictionary) {
        Map<String, Integer> resolved = new HashMap<>();
        ToIntFunction<String> id = term -> resolved.computeIfAbsent(term, dictionary::resolve);
        int[] known = new int[text.size()];
        int count = 0;
        for (String term : text.terms()) {
            int termId = id.applyAsInt(term);
            if (termId >= 0) {
                known[count++] = termId;
            }
        }
        int[] sorted = Arrays.stream(known, 0, count).sorted().distinct().toArray();
        String[] keyTerms = text.keyTerms().stream().sorted().toArray(String[]::new);
        int[] keyTermIds = Arrays.stream(keyTerms).mapToInt(id).toArray();
        String[] leadTerms = text.leadTerms().stream().sorted().toArray(String[]::new);
        int[] leadTermIds = Arrays.stream(leadTerms).mapToInt(id).toArray();
        int[][] negatedClauses = text.negatedClauses().stream()
                .map(clause -> clause.stream().mapToInt(id).toArray())
                .toArray(int[][]::new);
        int[][] cueClauses = text.counterSpeech().stream()
                .map(cue -> cue.clause().stream().mapToInt(id).toArray())
                .toArray(int[][]::new);
        return new ItemFingerprint(sorted, text.size(), negatedClauses, keyTerms, keyTermIds, leadTerms,
                leadTermIds, text.counterSpeech(), cueClauses);
    }

    boolean contains(int termId) {
        return Arrays.binarySearch(knownTerms, termId) >= 0;
    }
}
