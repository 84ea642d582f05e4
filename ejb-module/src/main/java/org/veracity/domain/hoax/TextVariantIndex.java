package org.veracity.domain.hoax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the variants an item's text is similar to without scoring every variant, and loses none.
 *
 * <p>Each variant V is filed only under a <em>prefix</em> of its terms: p = |V| − o + 1 + e of them, where o is
 * the least overlap with which V can reach the review threshold ({@link TextSimilarity#minimumOverlap}) and e a
 * small slack (default 1). An item that shares at least o terms with V shares at least o − (|V| − p) = 1 + e of
 * the prefix terms (pigeonhole), so counting, per variant, how many of the item's terms hit its prefix finds every
 * variant that can reach review, and variants with fewer hits are dropped without being looked at. The slack is
 * what makes that count worth keeping: most chance collisions share a single common word. The survivors are scored
 * exactly. Which terms form the prefix does not affect that guarantee, only speed: the rarest terms are chosen, so
 * postings stay short. Rarity is taken from the term counts when the prefixes were last built, and prefixes are
 * rebuilt whenever the index has doubled, so that early guesses do not linger.
 *
 * <p>Not thread-safe; {@link HoaxIndex} guards it with a read-write lock. Lookups only read, so any number may run
 * at once.
 */
final class TextVariantIndex {

    private static final int FIRST_REBUILD = 256;
    static final int DEFAULT_SLACK = 1;

    private final MatchThresholds thresholds;
    private final int slack;
    private final TermDictionary dictionary = new TermDictionary();
    /** Slot → variant; null for a removed variant until the next rebuild compacts the slots. */
    private final List<VariantFingerprint> variants = new ArrayList<>();
    private final List<int[]> prefixes = new ArrayList<>();
    /** Slot → the number of prefix hits an item needs before the variant is worth scoring. */
    private int[] requiredHits = new int[1024];
    /** Slot → the variant's size and how many of its terms are outside its prefix (flat, for the cheap bound). */
    private int[] sizes = new int[1024];
    private int[] unseen = new int[1024];
    /** Term id → slots whose prefix holds the term. */
    private final List<IntList> postings = new ArrayList<>();
    private final Map<String, Map<String, Integer>> slotsByEntry = new HashMap<>();
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);
    private int live;
    private int liveAtLastRebuild;

    TextVariantIndex(MatchThresholds thresholds) {
        this(thresholds, DEFAULT_SLACK);
    }

    TextVariantIndex(MatchThresholds thresholds, int slack) {
        this.thresholds = thresholds;
        this.slack = slack;
    }

    void add(String entryId, String variantId, NormalizedText text) {
        VariantFingerprint variant = VariantFingerprint.of(entryId, variantId, text, dictionary);
        remove(entryId, variantId);
        dictionary.countVariant(variant.terms, +1);
        int slot = variants.size();
        variants.add(variant);
        prefixes.add(null);
        file(slot);
        slotsByEntry.computeIfAbsent(entryId, e -> new LinkedHashMap<>()).put(variantId, slot);
        live++;
        if (live >= FIRST_REBUILD && live >= 2 * liveAtLastRebuild) {
            rebuild();
        }
    }

    void retire(String entryId) {
        Map<String, Integer> slots = slotsByEntry.get(entryId);
        if (slots == null) {
            return;
        }
        for (String variantId : List.copyOf(slots.keySet())) {
            remove(entryId, variantId);
        }
        if (variants.size() > 2 * live + FIRST_REBUILD) {
            rebuild();
        }
    }

    private void remove(String entryId, String variantId) {
        Map<String, Integer> slots = slotsByEntry.get(entryId);
        Integer slot = slots == null ? null : slots.remove(variantId);
        if (slot == null) {
            return;
        }
        if (slots.isEmpty()) {
            slotsByEntry.remove(entryId);
        }
        for (int term : prefixes.get(slot)) {
            postings.get(term).removeValue(slot);
        }
        dictionary.countVariant(variants.get(slot).terms, -1);
        variants.set(slot, null);
        prefixes.set(slot, null);
        live--;
    }

    /** Files a variant under its rarest terms, as many as the review threshold and the slack require. */
    private void file(int slot) {
        VariantFingerprint variant = variants.get(slot);
        int size = variant.size();
        int minimumOverlap = TextSimilarity.minimumOverlap(size, thresholds.textReview());
        int prefixSize = Math.min(size, size - minimumOverlap + 1 + slack);
        int[] prefix = variant.terms.clone();
        sortByRarity(prefix);
        prefix = Arrays.copyOf(prefix, prefixSize);
        prefixes.set(slot, prefix);
        if (slot >= requiredHits.length) {
            int capacity = Math.max(slot + 1, requiredHits.length * 2);
            requiredHits = Arrays.copyOf(requiredHits, capacity);
            sizes = Arrays.copyOf(sizes, capacity);
            unseen = Arrays.copyOf(unseen, capacity);
        }
        requiredHits[slot] = prefixSize - (size - minimumOverlap);
        sizes[slot] = size;
        unseen[slot] = size - prefixSize;
        while (postings.size() < dictionary.size()) {
            postings.add(new IntList(2));
        }
        for (int term : prefix) {
            postings.get(term).add(slot);
        }
    }

    private void sortByRarity(int[] terms) {
        // Insertion sort: a variant has a few dozen terms at most.
        for (int i = 1; i < terms.length; i++) {
            int t = terms[i];
            int j = i - 1;
            while (j >= 0 && rarer(t, terms[j])) {
                terms[j + 1] = terms[j];
                j--;
            }
            terms[j + 1] = t;
        }
    }

    private boolean rarer(int a, int b) {
        int ca = dictionary.variantCount(a);
        int cb = dictionary.variantCount(b);
        return ca != cb ? ca < cb : a < b;
    }

    /** Compacts removed slots away and re-chooses every prefix with the current term counts. */
    private void rebuild() {
        List<VariantFingerprint> kept = new ArrayList<>(live);
        for (VariantFingerprint v : variants) {
            if (v != null) {
                kept.add(v);
            }
        }
        variants.clear();
        prefixes.clear();
        postings.clear();
        slotsByEntry.clear();
        for (VariantFingerprint v : kept) {
            int slot = variants.size();
            variants.add(v);
            prefixes.add(null);
            file(slot);
            slotsByEntry.computeIfAbsent(v.entryId, e -> new LinkedHashMap<>()).put(v.variantId, slot);
        }
        liveAtLastRebuild = live;
    }

    /** The best text match of the item, or null when no variant reaches the review threshold. */
    HoaxMatch best(NormalizedText text) {
        if (live == 0 || text.size() == 0) {
            return null;
        }
        ItemFingerprint item = ItemFingerprint.of(text, dictionary);
        Scratch hits = scratch.get().reset(variants.size());
        for (int term : item.knownTerms) {
            if (term >= postings.size()) {
                continue;
            }
            IntList posting = postings.get(term);
            int[] slots = posting.raw();
            for (int k = 0, n = posting.size(); k < n; k++) {
                hits.hit(slots[k]);
            }
        }
        HoaxMatch best = null;
        int[] touched = hits.touched.raw();
        for (int k = 0, n = hits.touched.size(); k < n; k++) {
            int slot = touched[k];
            int count = hits.count(slot);
            if (count < requiredHits[slot]) {
                continue;
            }
            int mostOverlap = Math.min(count + unseen[slot], item.knownTerms.length);
            if (TextSimilarity.score(mostOverlap, sizes[slot], item.size) < thresholds.textReview()) {
                continue;
            }
            best = HoaxMatch.better(best, TextSimilarity.judge(variants.get(slot), item, thresholds, dictionary));
        }
        return best;
    }

    int size() {
        return live;
    }

    /** Prefix hits per slot for one lookup; epochs spare clearing the arrays between lookups. */
    private static final class Scratch {
        private int[] stamps = new int[0];
        private int[] counts = new int[0];
        final IntList touched = new IntList(256);
        private int epoch;

        Scratch reset(int slots) {
            if (stamps.length < slots) {
                stamps = new int[Math.max(slots, stamps.length * 2)];
                counts = new int[stamps.length];
                epoch = 0;
            }
            epoch++;
            if (epoch == Integer.MAX_VALUE) {
                Arrays.fill(stamps, 0);
                epoch = 1;
            }
            touched.clear();
            return this;
        }

        void hit(int slot) {
            if (stamps[slot] == epoch) {
                counts[slot]++;
            } else {
                stamps[slot] = epoch;
                counts[slot] = 1;
                touched.add(slot);
            }
        }

        int count(int slot) {
            return counts[slot];
        }
    }
}
