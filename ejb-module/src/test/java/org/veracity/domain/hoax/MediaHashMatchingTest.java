package org.veracity.domain.hoax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** R11 "a matching media hash": PDQ within Hamming distance 31 blocks, and the index finds what a scan finds. */
class MediaHashMatchingTest {

    private static final String LISTED = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    /** A copy of the hash with exactly {@code bits} bits flipped, spread over all four words. */
    static String flip(String hex, int bits, Random random) {
        long[] words = new long[4];
        for (int w = 0; w < 4; w++) {
            words[w] = Long.parseUnsignedLong(hex.substring(w * 16, w * 16 + 16), 16);
        }
        Set<Integer> positions = new HashSet<>();
        while (positions.size() < bits) {
            positions.add(random.nextInt(PdqHash.BITS));
        }
        for (int p : positions) {
            words[p / 64] ^= 1L << (p % 64);
        }
        StringBuilder out = new StringBuilder();
        for (long w : words) {
            out.append(String.format(Locale.ROOT, "%016x", w));
        }
        return out.toString();
    }

    static String randomHash(Random random) {
        return String.format(Locale.ROOT, "%016x%016x%016x%016x", random.nextLong(), random.nextLong(),
                random.nextLong(), random.nextLong());
    }

    @Test
    void distance_counts_differing_bits() {
        Random random = new Random(1);
        PdqHash hash = PdqHash.fromHex(LISTED);
        assertEquals(0, hash.distance(PdqHash.fromHex(LISTED.toUpperCase(Locale.ROOT))));
        assertEquals(31, hash.distance(PdqHash.fromHex(flip(LISTED, 31, random))));
        StringBuilder complement = new StringBuilder();
        for (char c : LISTED.toCharArray()) {
            complement.append(Character.forDigit(15 - Character.digit(c, 16), 16));
        }
        assertEquals(256, hash.distance(PdqHash.fromHex(complement.toString())));
        assertEquals(LISTED, hash.toHex());
    }

    @Test
    void distance_31_blocks_and_distance_32_does_not() {
        Random random = new Random(7);
        for (HoaxMatcher matcher : List.of(new HoaxIndex(), new BruteForceMatcher())) {
            matcher.addMediaHash("rfh-1", LISTED);
            for (int trial = 0; trial < 50; trial++) {
                Optional<HoaxMatch> at31 = matcher.match(null, null, List.of(flip(LISTED, 31, random)));
                assertTrue(at31.isPresent(), "31 bits must match");
                assertEquals(MatchKind.MEDIA, at31.get().kind());
                assertEquals(MatchTier.BLOCK, at31.get().tier());
                assertEquals(31, at31.get().mediaDistance());
                assertEquals(1 - 31 / 256.0, at31.get().similarity(), 1e-12);
                assertEquals(Optional.empty(), matcher.match(null, null, List.of(flip(LISTED, 32, random))));
            }
        }
    }

    @Test
    void a_review_band_can_be_configured() {
        MatchThresholds thresholds = new MatchThresholds(0.78, 0.41, 20, 40);
        HoaxIndex index = new HoaxIndex(thresholds);
        index.addMediaHash("rfh-1", LISTED);
        Random random = new Random(3);
        assertEquals(MatchTier.BLOCK, index.match(null, null, List.of(flip(LISTED, 20, random))).orElseThrow().tier());
        assertEquals(MatchTier.REVIEW, index.match(null, null, List.of(flip(LISTED, 40, random))).orElseThrow().tier());
        assertEquals(Optional.empty(), index.match(null, null, List.of(flip(LISTED, 41, random))));
    }

    @Test
    void multi_index_hashing_finds_what_a_linear_scan_finds() {
        Random random = new Random(11);
        HoaxIndex index = new HoaxIndex();
        BruteForceMatcher linear = new BruteForceMatcher();
        List<String> listed = new ArrayList<>();
        for (int k = 0; k < 1000; k++) {
            String hash = randomHash(random);
            listed.add(hash);
            index.addMediaHash("rfh-" + (k % 500), hash);
            linear.addMediaHash("rfh-" + (k % 500), hash);
        }
        index.retire("rfh-3");
        linear.retire("rfh-3");
        for (int q = 0; q < 300; q++) {
            String near = flip(listed.get(random.nextInt(listed.size())), 24 + random.nextInt(12), random);
            List<String> query = List.of(near, randomHash(random));
            assertEquals(linear.match(null, null, query), index.match(null, null, query), near);
        }
    }

    @Test
    void malformed_hashes_are_refused() {
        HoaxIndex index = new HoaxIndex();
        assertThrows(IllegalArgumentException.class, () -> index.addMediaHash("rfh-1", "abc"));
        assertThrows(IllegalArgumentException.class, () -> index.addMediaHash("rfh-1", LISTED.replace('f', 'g')));
        assertThrows(IllegalArgumentException.class, () -> index.match(null, null, List.of("zz")));
    }
}
