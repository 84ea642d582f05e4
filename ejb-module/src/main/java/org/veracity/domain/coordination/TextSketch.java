package org.veracity.domain.coordination;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The keys under which the database finds a post's near-duplicates without comparing it with every recent post:
 * eight MinHash values of the post's term set, taken in four bands of two, each band folded into one key
 * (locality-sensitive hashing). Two term sets with Jaccard similarity J have an equal MinHash value with
 * probability J, so an equal band, both of its values, with probability J², and at least one equal band of the four
 * with probability 1 − (1 − J²)⁴: 0.98 for a message of ten terms with one word changed (J = 9/11), 0.9 at J = 2/3,
 * one for the same terms; but only 0.05 for two unrelated posts of a small vocabulary that share a fifth of their
 * terms (J = 0.11), where single MinHash values in four slots matched 37 % of them and made every batch read and
 * compare most posts of the hour. A post needs to share a band with only some members of a cluster to be found;
 * candidates are then judged by the RFH similarity ({@link org.veracity.domain.hoax.NearDuplicates}), so the rule
 * is unchanged. Deterministic across JVMs: the hash is FNV-1a over UTF-8, mixed with fixed seeds.
 */
public final class TextSketch {

    /** Band keys per post: the columns the database indexes. */
    public static final int SIZE = 4;

    /** MinHash values per band: a candidate must match all of a band's values. */
    static final int ROWS = 2;

    private static final long[] SEEDS = {0x9E3779B97F4A7C15L, 0xC2B2AE3D27D4EB4FL, 0x165667B19E3779F9L,
            0xD6E8FEB86659FD93L, 0xFF51AFD7ED558CCDL, 0xC4CEB9FE1A85EC53L, 0x27D4EB2F165667C5L, 0x85EBCA77C2B2AE63L};

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
