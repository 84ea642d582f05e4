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

    private final Map<String, Integer> ids = new HashMap<>();
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
        return next;
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
