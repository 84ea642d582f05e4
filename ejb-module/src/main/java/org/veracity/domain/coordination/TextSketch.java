package org.veracity.domain.coordination;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The keys under which the database finds a post's near-duplicates without comparing it with every recent post:
 * eighteen MinHash values of the post's term set, taken in six bands of three, each band folded into one key
 * (locality-sensitive hashing). Two term sets with Jaccard similarity J have an equal MinHash value with
 * probability J, so an equal band, all three of its values, with probability J³, and at least one equal band of the
 * six with probability 1 − (1 − J³)⁶: 0.99 for a message of ten terms with one word changed (J = 9/11), 0.88 at
 * J = 2/3, one for the same terms; but only 0.02 for two posts that share a seventh of their terms (J = 0.15),
 * which every two posts of a stream of frequent words do. Four bands of two (until issue 15's intake work) gave
 * 0.99, 0.90 and 0.09: as many near-duplicates, and four times the unrelated candidates, each of which intake
 * read and compared, so R18's cost per post grew with every post of the hour. A post needs to share a band with
 * only some members of a cluster to be found; candidates are then judged by the RFH similarity
 * ({@link org.veracity.domain.hoax.NearDuplicates}), so the rule is unchanged. Deterministic across JVMs: the hash
 * is FNV-1a over UTF-8, mixed with fixed seeds.
 */
public final class TextSketch {

    /** Band keys per post: the columns the database indexes. */
    public static final int SIZE = 6;

    /** MinHash values per band: a candidate must match all of a band's values. */
    static final int ROWS = 3;

    /** One seed per MinHash value: the golden-ratio sequence through the SplitMix64 finaliser, fixed forever. */
    private static final long[] SEEDS = new long[SIZE * ROWS];

    static {
        for (int k = 0; k < SEEDS.length; k++) {
            SEEDS[k] = mix(0x9E3779B97F4A7C15L * (k + 1));
        }
    }

    private TextSketch() {
    }

    /** The {@link #SIZE} band keys of a term set. */
    public static long[] of(List<String> terms) {
        long[] minima = minHashes(terms);
        long[] bands = new long[SIZE];
        for (int band = 0; band < SIZE; band++) {
            long key = band;
            for (int row = 0; row < ROWS; row++) {
                key = mix(key * 0x100000001b3L ^ minima[band * ROWS + row]);
            }
            bands[band] = key;
        }
        return bands;
    }

    /** {@link #SIZE} × {@link #ROWS} MinHash values: the least hash of any term under each seed. */
    static long[] minHashes(List<String> terms) {
        long[] minima = new long[SEEDS.length];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (String term : terms) {
            long h = fnv1a(term);
            for (int k = 0; k < SEEDS.length; k++) {
                long v = mix(h ^ SEEDS[k]);
                if (v < minima[k]) {
                    minima[k] = v;
                }
            }
        }
        return minima;
    }

    private static long fnv1a(String term) {
        long h = 0xcbf29ce484222325L;
        for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The SplitMix64 finaliser: every input bit reaches every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
