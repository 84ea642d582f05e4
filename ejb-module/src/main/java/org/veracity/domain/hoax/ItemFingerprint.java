package org.veracity.domain.hoax;

import java.util.Arrays;

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

    private ItemFingerprint(int[] knownTerms, int size, int[][] negatedClauses, String[] keyTerms,
            int[] keyTermIds) {
        this.knownTerms = knownTerms;
        this.size = size;
        this.negatedClauses = negatedClauses;
        this.keyTerms = keyTerms;
        this.keyTermIds = keyTermIds;
    }

    static ItemFingerprint of(NormalizedText text, TermDictionary dictionary) {
        int[] known = new int[text.size()];
        int count = 0;
        for (String term : text.terms()) {
            int id = dictionary.find(term);
            if (id >= 0) {
                known[count++] = id;
            }
        }
        int[] sorted = Arrays.copyOf(known, count);
        Arrays.sort(sorted);
        String[] keyTerms = text.keyTerms().stream().sorted().toArray(String[]::new);
        int[] keyTermIds = new int[keyTerms.length];
        for (int k = 0; k < keyTerms.length; k++) {
            keyTermIds[k] = dictionary.find(keyTerms[k]);
        }
        int[][] negatedClauses = text.negatedClauses().stream()
                .map(clause -> clause.stream().mapToInt(dictionary::find).toArray())
                .toArray(int[][]::new);
        return new ItemFingerprint(sorted, text.size(), negatedClauses, keyTerms, keyTermIds);
    }

    boolean contains(int termId) {
        return Arrays.binarySearch(knownTerms, termId) >= 0;
    }
}
