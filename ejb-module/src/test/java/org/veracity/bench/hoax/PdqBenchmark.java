package org.veracity.bench.hoax;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.veracity.domain.hoax.BruteForceMatcher;
import org.veracity.domain.hoax.HoaxIndex;
import org.veracity.domain.hoax.HoaxMatch;
import org.veracity.domain.hoax.HoaxMatcher;

/**
 * PDQ lookups through {@link HoaxIndex} (multi-index hashing) against the linear scan of
 * {@link BruteForceMatcher}. Hashes are uniformly random 256-bit values; a third of the queries are listed hashes
 * with 0–31 bits flipped, a third with exactly 31 or 32 bits flipped (the boundary), a third fresh random hashes.
 */
final class PdqBenchmark {

    private PdqBenchmark() {
    }

    static void run(Random random, int hashCount, int queryCount) {
        List<long[]> listed = new ArrayList<>(hashCount);
        HoaxIndex index = new HoaxIndex();
        BruteForceMatcher linear = new BruteForceMatcher();
        for (int k = 0; k < hashCount; k++) {
            long[] hash = {random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong()};
            listed.add(hash);
            String entryId = "rfh-media-" + (k / 4);
            index.addMediaHash(entryId, hex(hash));
            linear.addMediaHash(entryId, hex(hash));
        }
        List<List<String>> queries = new ArrayList<>(queryCount);
        for (int q = 0; q < queryCount; q++) {
            long[] hash;
            switch (q % 3) {
                case 0 -> hash = flip(listed.get(random.nextInt(hashCount)), random.nextInt(32), random);
                case 1 -> hash = flip(listed.get(random.nextInt(hashCount)), 31 + random.nextInt(2), random);
                default -> hash = new long[] {random.nextLong(), random.nextLong(), random.nextLong(),
                    random.nextLong()};
            }
            queries.add(List.of(hex(hash)));
        }
        time(index, queries);
        double indexSeconds = Math.min(time(index, queries), time(index, queries));
        List<List<String>> linearQueries = queries.subList(0, queryCount / 10);
        time(linear, linearQueries.subList(0, 100));
        double linearSeconds = time(linear, linearQueries) * queries.size() / linearQueries.size();

        int mismatches = 0;
        int matched = 0;
        for (List<String> query : queries) {
            Optional<HoaxMatch> a = index.match(null, null, query);
            Optional<HoaxMatch> b = linear.match(null, null, query);
            mismatches += a.equals(b) ? 0 : 1;
            matched += a.isPresent() ? 1 : 0;
        }
        System.out.println("## PDQ media hashes: multi-index hashing against a linear scan\n");
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        System.out.printf(Locale.ROOT, "| listed hashes | %,d |%n", hashCount);
        System.out.printf(Locale.ROOT, "| HoaxIndex lookups, 1 thread | %,.0f lookups/s (%.1f µs each) |%n",
                queries.size() / indexSeconds, indexSeconds / queries.size() * 1e6);
        System.out.printf(Locale.ROOT, "| linear scan, 1 thread (%d queries) | %,.0f lookups/s (%.0f µs each) |%n",
                linearQueries.size(), queries.size() / linearSeconds, linearSeconds / queries.size() * 1e6);
        System.out.printf(Locale.ROOT, "| speed-up | %.0f× |%n", linearSeconds / indexSeconds);
        System.out.printf(Locale.ROOT, "| queries within distance 31 (blocked) | %,d of %,d |%n", matched,
                queries.size());
        System.out.printf(Locale.ROOT, "| answers that differ from the linear scan (all %,d queries) | %d |%n",
                queries.size(), mismatches);
    }

    private static double time(HoaxMatcher matcher, List<List<String>> queries) {
        long t = System.nanoTime();
        int found = 0;
        for (List<String> query : queries) {
            found += matcher.match(null, null, query).isPresent() ? 1 : 0;
        }
        double seconds = HoaxMatchingBenchmark.seconds(t);
        return found >= 0 ? seconds : -1;
    }

    /** A copy with exactly {@code bits} distinct bits flipped. */
    static long[] flip(long[] hash, int bits, Random random) {
        long[] copy = hash.clone();
        Set<Integer> positions = new HashSet<>();
        while (positions.size() < bits) {
            positions.add(random.nextInt(256));
        }
        for (int p : positions) {
            copy[p / 64] ^= 1L << (p % 64);
        }
        return copy;
    }

    static String hex(long[] hash) {
        StringBuilder out = new StringBuilder(64);
        for (long word : hash) {
            out.append(String.format(Locale.ROOT, "%016x", word));
        }
        return out.toString();
    }
}
