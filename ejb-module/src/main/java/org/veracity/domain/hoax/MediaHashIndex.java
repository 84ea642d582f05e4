package org.veracity.domain.hoax;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Exact Hamming-radius search over PDQ hashes with multi-index hashing (Norouzi, Punjani and Fleet, 2012), so that
 * a lookup does not compare against every listed hash.
 *
 * <p>Why 16 chunks of 16 bits: split the 256 bits into m disjoint chunks. If two hashes differ in at most r bits,
 * the differing bits are spread over the m chunks, so at least one chunk differs in at most floor(r / m) bits
 * (pigeonhole). For the default r = 31:
 * <ul>
 *   <li>m = 32 chunks of 8 bits: floor(31/32) = 0, one exact chunk lookup each, but a bucket of an 8-bit chunk
 *       holds 1/256 of all hashes: about 400 candidates per chunk at 100,000 hashes, 12,500 per lookup.</li>
 *   <li>m = 8 chunks of 32 bits: floor(31/8) = 3, so every chunk value within 3 bits must be probed:
 *       1 + 32 + 496 + 4,960 = 5,489 probes per chunk, 43,912 per lookup.</li>
 *   <li>m = 16 chunks of 16 bits: floor(31/16) = 1, the chunk value and its 16 one-bit neighbours: 17 probes per
 *       chunk, 272 per lookup, and a bucket holds 1/65,536 of the hashes.</li>
 * </ul>
 * The last is by far the cheapest, so chunks are 16 bits; a larger radius probes floor(r/16) bits per chunk. Every
 * candidate is verified with the full 256-bit distance, so the answer equals a linear scan's.
 */
final class MediaHashIndex {

    private static final int WORDS = PdqHash.BITS / 64;

    private final int radius;
    private final int[] probeMasks;
    /** Slot → the hash's four words, side by side: checking a candidate touches one cache line. */
    private long[] words = new long[WORDS * 64];
    private String[] entries = new String[64];
    private int slots;
    private final Map<String, IntList> slotsByEntry = new HashMap<>();
    /**
     * buckets[chunk][chunk value]: slots of hashes with that value in that chunk, the count in element 0 (one array
     * per bucket, no list object in between); allocated on first use.
     */
    private final int[][][] buckets = new int[PdqHash.CHUNKS][][];

    MediaHashIndex(int radius) {
        this.radius = radius;
        this.probeMasks = masksUpTo(radius / PdqHash.CHUNKS);
    }

    void add(String entryId, PdqHash hash) {
        int slot = slots++;
        if (slot == entries.length) {
            entries = Arrays.copyOf(entries, slot * 2);
            words = Arrays.copyOf(words, slot * 2 * WORDS);
        }
        for (int w = 0; w < WORDS; w++) {
            words[slot * WORDS + w] = hash.word(w);
        }
        entries[slot] = entryId;
        slotsByEntry.computeIfAbsent(entryId, e -> new IntList()).add(slot);
        for (int c = 0; c < PdqHash.CHUNKS; c++) {
            if (buckets[c] == null) {
                buckets[c] = new int[1 << PdqHash.CHUNK_BITS][];
            }
            int value = hash.chunk(c);
            int[] bucket = buckets[c][value];
            if (bucket == null) {
                bucket = new int[3];
            } else if (bucket[0] + 1 == bucket.length) {
                bucket = Arrays.copyOf(bucket, bucket.length * 2);
            }
            bucket[++bucket[0]] = slot;
            buckets[c][value] = bucket;
        }
    }

    void retire(String entryId) {
        IntList retired = slotsByEntry.remove(entryId);
        if (retired == null) {
            return;
        }
        for (int k = 0; k < retired.size(); k++) {
            int slot = retired.get(k);
            PdqHash hash = hashAt(slot);
            for (int c = 0; c < PdqHash.CHUNKS; c++) {
                int[] bucket = buckets[c][hash.chunk(c)];
                int kept = 0;
                for (int b = 1; b <= bucket[0]; b++) {
                    if (bucket[b] != slot) {
                        bucket[++kept] = bucket[b];
                    }
                }
                bucket[0] = kept;
            }
            // The slot stays allocated but unreachable; retirements are rare next to lookups.
            entries[slot] = null;
        }
    }

    /** The listed hash nearest to {@code query} within the radius, best per {@link HoaxMatch#BEST_FIRST}. */
    HoaxMatch nearest(PdqHash query, MatchThresholds thresholds) {
        if (slots == 0) {
            return null;
        }
        long q0 = query.word(0);
        long q1 = query.word(1);
        long q2 = query.word(2);
        long q3 = query.word(3);
        HoaxMatch best = null;
        for (int c = 0; c < PdqHash.CHUNKS; c++) {
            int value = query.chunk(c);
            int[][] chunk = buckets[c];
            for (int mask : probeMasks) {
                int[] bucket = chunk[value ^ mask];
                if (bucket == null) {
                    continue;
                }
                for (int b = 1, n = bucket[0]; b <= n; b++) {
                    // A near hash can turn up in several chunks; re-checking it is cheaper than remembering it.
                    int slot = bucket[b];
                    int at = slot * WORDS;
                    int distance = Long.bitCount(words[at] ^ q0) + Long.bitCount(words[at + 1] ^ q1)
                            + Long.bitCount(words[at + 2] ^ q2) + Long.bitCount(words[at + 3] ^ q3);
                    if (distance <= radius) {
                        best = HoaxMatch.better(best, mediaMatch(entries[slot], hashAt(slot), distance, thresholds));
                    }
                }
            }
        }
        return best;
    }

    private PdqHash hashAt(int slot) {
        int at = slot * WORDS;
        return PdqHash.ofWords(words[at], words[at + 1], words[at + 2], words[at + 3]);
    }

    static HoaxMatch mediaMatch(String entryId, PdqHash listed, int distance, MatchThresholds thresholds) {
        if (distance > thresholds.mediaReviewDistance()) {
            return null;
        }
        MatchTier tier = distance <= thresholds.mediaBlockDistance() ? MatchTier.BLOCK : MatchTier.REVIEW;
        return HoaxMatch.media(entryId, listed, distance, tier);
    }

    /** Every 16-bit mask with at most {@code bits} bits set: the chunk values to probe around the query's. */
    private static int[] masksUpTo(int bits) {
        IntList masks = new IntList(64);
        for (int mask = 0; mask < (1 << PdqHash.CHUNK_BITS); mask++) {
            if (Integer.bitCount(mask) <= bits) {
                masks.add(mask);
            }
        }
        return Arrays.copyOf(masks.raw(), masks.size());
    }
}
