package org.veracity.domain.coordination;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Four MinHash values of a post's term set: the keys under which the database finds a post's near-duplicates
 * without comparing it with every recent post. Two term sets with Jaccard similarity J have equal i-th values with
 * probability J, so near-identical posts (J of 2/3 or more) share at least one of the four keys with probability at
 * least 1 − (1/3)⁴ ≈ 99%; a post needs to share one with only some of a cluster's members to be found. Candidates
 * are then judged by the RFH similarity ({@link org.veracity.domain.hoax.NearDuplicates}). Deterministic across
 * JVMs: the hash is FNV-1a over UTF-8, mixed with fixed seeds.
 */
public final class TextSketch {

    public static final int SIZE = 4;

    private static final long[] SEEDS = {0x9E3779B97F4A7C15L, 0xC2B2AE3D27D4EB4FL, 0x165667B19E3779F9L,
            0xD6E8FEB86659FD93L};

    private TextSketch() {
    }

    public static long[] of(List<String> terms) {
        long[] sketch = new long[SIZE];
        java.util.Arrays.fill(sketch, Long.MAX_VALUE);
        for (String term : terms) {
            long h = fnv1a(term);
            for (int k = 0; k < SIZE; k++) {
                long v = mix(h ^ SEEDS[k]);
                if (v < sketch[k]) {
                    sketch[k] = v;
                }
            }
        }
        return sketch;
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
