package org.veracity.domain.hoax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each term a small integer id, so that fingerprints are sorted int arrays that intersect by merging, and
 * counts in how many indexed variants each term occurs (rarer terms make shorter posting lists). Not thread-safe:
 * its owner guards it.
 */
final class TermDictionary {

    /** Typo tolerance applies to words at least this long (the shorter of the two at least one less). */
    static final int TYPO_MIN_LENGTH = 5;

    private final Map<String, Integer> ids = new HashMap<>();
    /** Each known word of {@value #TYPO_MIN_LENGTH}+ letters with one letter deleted → the words (a symmetric-delete index). */
    private final Map<String, int[]> deletions = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    private int[] variantCounts = new int[64];

    int idOf(String term) {
        Integer id = ids.get(term);
        if (id != null) {
            return id;
        }
        int next = terms.size();
        ids.put(term, next);
        terms.add(term);
        if (next == variantCounts.length) {
            variantCounts = Arrays.copyOf(variantCounts, next * 2);
        }
        if (term.length() >= TYPO_MIN_LENGTH && isLetters(term)) {
            for (int k = 0; k < term.length(); k++) {
                String deleted = term.substring(0, k) + term.substring(k + 1);
                int[] words = deletions.get(deleted);
                if (words == null) {
                    deletions.put(deleted, new int[] {next});
                } else if (words[words.length - 1] != next) {
                    int[] more = Arrays.copyOf(words, words.length + 1);
                    more[words.length] = next;
                    deletions.put(deleted, more);
                }
            }
        }
        return next;
    }

    /**
     * The id of a term, or else of the known word one edit away (a letter added, dropped, changed, or two
     * neighbours swapped: "goverment", "vacine", "alow", "ballto"), or -1. Only words of letters, the longer of
     * the two at least {@value #TYPO_MIN_LENGTH} long: short words have too many neighbours ("vote"/"note"). Of
     * several candidates the alphabetically first is taken, so that every dictionary holding the same words
     * resolves a typo alike.
     */
    int resolve(String term) {
        int id = find(term);
        if (id >= 0 || term.length() < TYPO_MIN_LENGTH - 1 || !isLetters(term)) {
            return id;
        }
        String best = null;
        // The item dropped a letter: the term is a deletion of a known word.
        best = closest(best, deletions.get(term), term);
        for (int k = 0; k < term.length(); k++) {
            String deleted = term.substring(0, k) + term.substring(k + 1);
            // The item added a letter.
            if (deleted.length() >= TYPO_MIN_LENGTH - 1) {
                Integer known = ids.get(deleted);
                if (known != null) {
                    best = better(best, deleted);
                }
            }
            // A changed letter or swapped neighbours: both share a deletion.
            if (term.length() >= TYPO_MIN_LENGTH) {
                best = closest(best, deletions.get(deleted), term);
            }
        }
        return best == null ? -1 : ids.get(best);
    }

    private String closest(String best, int[] candidates, String term) {
        if (candidates == null) {
            return best;
        }
        for (int candidate : candidates) {
            String word = terms.get(candidate);
            if (oneEdit(term, word)) {
                best = better(best, word);
            }
        }
        return best;
    }

    private static String better(String best, String word) {
        return best == null || word.compareTo(best) < 0 ? word : best;
    }

    /** Optimal string alignment distance exactly 1 (the candidates already differ in length by at most one). */
    static boolean oneEdit(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (a.equals(b) || Math.abs(n - m) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(n, m) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (n == m) {
            if (a.regionMatches(i + 1, b, i + 1, n - i - 1)) {
                return true;
            }
            return i + 1 < n && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, n - i - 2);
        }
        return n > m ? a.regionMatches(i + 1, b, i, m - i) : b.regionMatches(i + 1, a, i, n - i);
    }

    private static boolean isLetters(String term) {
        for (int k = 0; k < term.length(); k++) {
            char c = term.charAt(k);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** The id of a term already known, or -1: looking up an item's terms never grows the dictionary. */
    int find(String term) {
        Integer id = ids.get(term);
        return id == null ? -1 : id;
    }

    String term(int id) {
        return terms.get(id);
    }

    int variantCount(int id) {
        return variantCounts[id];
    }

    void countVariant(int[] termIds, int delta) {
        for (int id : termIds) {
            variantCounts[id] += delta;
        }
    }

    int size() {
        return terms.size();
    }
}
