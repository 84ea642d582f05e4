package org.veracity.bench.hoax;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.veracity.application.internal.ActiveHoaxes.MeasureIndex;
import org.veracity.application.internal.ActiveHoaxes.Scope;
import org.veracity.application.internal.ActiveHoaxes.Snapshot;
import org.veracity.application.internal.RfhScreen;
import org.veracity.bench.hoax.HoaxMatchingBenchmark.Item;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.hoax.BruteForceMatcher;
import org.veracity.domain.hoax.HoaxIndex;
import org.veracity.domain.hoax.HoaxMatch;
import org.veracity.domain.hoax.LiarStatements;
import org.veracity.domain.hoax.MatchTier;

/**
 * R11 at intake, one layer up from {@link HoaxMatchingBenchmark}: the intake screen's matching step
 * ({@link RfhScreen#bestMatch}: measure scope, PDQ filter, link as sent and as resolved, index) over
 * intake submissions, against an active measure holding the same 100,000 LIAR variants, compared
 * with a brute-force matcher on the block decisions. The database steps of intake are not included.
 *
 * <pre>
 * MAVEN_OPTS=-Xmx2g mvn -q -o -pl ejb-module test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.veracity.bench.hoax.RfhScreenBenchmark -Dexec.args="../shared/data/liar ../shared/data/coaid"
 * </pre>
 */
public final class RfhScreenBenchmark {

    private static final long SEED = 4_2026L;
    private static final int BRUTE_FORCE_ITEMS = 1_000;
    /** Brute force takes ≈ 15–50 ms an item; HoaxMatchingBenchmark compares all 20,000 at the matcher level. */
    private static final int COMPARED = 3_000;

    private RfhScreenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: RfhScreenBenchmark <LIAR directory> [CoAID directory]");
            System.exit(2);
        }
        List<LiarStatements.Statement> statements = new ArrayList<>(LiarStatements.read(Path.of(args[0])));
        List<String> headlines = args.length > 1 ? HoaxMatchingBenchmark.CoaidHeadlines.read(Path.of(args[1])) : List.of();
        Collections.shuffle(statements, new Random(SEED));
        List<String[]> variants = new ArrayList<>();
        List<LiarStatements.Statement> indexed = HoaxMatchingBenchmark.variants(statements, new Random(SEED + 10), variants);
        HoaxIndex index = new HoaxIndex();
        BruteForceMatcher bruteForce = new BruteForceMatcher();
        HoaxMatchingBenchmark.register(variants, index);
        HoaxMatchingBenchmark.register(variants, bruteForce);
        Snapshot active = new Snapshot(1, List.of(new MeasureIndex("RFH for political content — US",
                new Scope(List.of("us"), List.of("politics"), List.of()), index)), Map.of());
        List<Item> stream = HoaxMatchingBenchmark.stream(indexed, statements.subList(indexed.size(), statements.size()),
                headlines, new Random(SEED + 1));
        Instant posted = Instant.parse("2020-10-15T12:00:00Z");
        List<ContentSubmission> items = new ArrayList<>();
        for (int k = 0; k < stream.size(); k++) {
            Item item = stream.get(k);
            items.add(new ContentSubmission("bench-" + k, item.url(), item.text(), "author-" + k, AuthorKind.PERSON,
                    null, List.of("politics"), "US", "en", posted, 1_000, 10, false, null, List.of(), null));
        }
        System.out.printf(Locale.ROOT, "JVM %s, %d cores; %d variants indexed; %d submissions%n",
                System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(), index.variantCount(),
                items.size());

        screenAll(active, items);
        screenAll(active, items);
        double[] runs = new double[5];
        double[] cpuRuns = new double[5];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < runs.length; r++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            screenAll(active, items);
            runs[r] = (System.nanoTime() - t) / 1e9;
            cpuRuns[r] = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        }
        Arrays.sort(runs);
        Arrays.sort(cpuRuns);
        double perItem = runs[2] / items.size();
        // On a shared machine the wall clock counts time the thread waited for a core; CPU time does not.
        double cpuPerItem = cpuRuns[2] / items.size();
        double[] rawRuns = new double[5];
        for (int r = 0; r < rawRuns.length; r++) {
            long t = System.nanoTime();
            for (ContentSubmission item : items) {
                index.match(item.text(), item.url(), item.mediaHashes());
            }
            rawRuns[r] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(rawRuns);
        double rawPerItem = rawRuns[2] / items.size();
        double twoThreads = twoThreads(active, items);

        List<ContentSubmission> sample = items.subList(0, BRUTE_FORCE_ITEMS);
        long t = System.nanoTime();
        List<Optional<HoaxMatch>> brute = sample.stream().map(s -> bruteForce.match(s.text(), s.url(), s.mediaHashes())).toList();
        double brutePerItem = (System.nanoTime() - t) / 1e9 / sample.size();
        t = System.nanoTime();
        List<Optional<HoaxMatch>> screened = sample.stream().map(s -> RfhScreen.bestMatch(active, s)).toList();
        double screenPerSampleItem = (System.nanoTime() - t) / 1e9 / sample.size();
        int blockMismatches = 0;
        int blocks = 0;
        int compared = Math.min(items.size(), COMPARED);
        for (int k = 0; k < compared; k++) {
            Optional<HoaxMatch> s = RfhScreen.bestMatch(active, items.get(k));
            Optional<HoaxMatch> b = k < sample.size() ? brute.get(k)
                    : bruteForce.match(items.get(k).text(), items.get(k).url(), items.get(k).mediaHashes());
            blocks += blockOf(s) == null ? 0 : 1;
            if (!Objects.equals(blockOf(s), blockOf(b))) {
                blockMismatches++;
            }
        }
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        System.out.printf(Locale.ROOT, "| intake screen, 1 thread, median of 5 runs | %,.0f items/s (%.1f µs/item) |%n",
                1 / perItem, perItem * 1e6);
        System.out.printf(Locale.ROOT, "| intake screen, 1 thread, per CPU second (median of 5) | %,.0f items/s (%.1f µs CPU/item) |%n",
                1 / cpuPerItem, cpuPerItem * 1e6);
        System.out.printf(Locale.ROOT, "| intake screen, 2 threads | %,.0f items/s |%n", items.size() / twoThreads);
        System.out.printf(Locale.ROOT, "| HoaxIndex.match alone, same items, 1 thread, median of 5 | %,.0f items/s (%.1f µs/item) |%n",
                1 / rawPerItem, rawPerItem * 1e6);
        System.out.printf(Locale.ROOT, "| brute force, first %d items | %,.0f items/s |%n", BRUTE_FORCE_ITEMS, 1 / brutePerItem);
        System.out.printf(Locale.ROOT, "| speed-up on the same items | %.0f× |%n", brutePerItem / screenPerSampleItem);
        System.out.printf(Locale.ROOT, "| blocks among the compared items | %d of %d |%n", blocks, compared);
        System.out.printf(Locale.ROOT, "| block decisions that differ from brute force (first %d items) | %d |%n", compared,
                blockMismatches);
        if (screened.size() != sample.size() || blockMismatches != 0) {
            System.exit(1);
        }
    }

    private static String blockOf(Optional<HoaxMatch> match) {
        return match.filter(m -> m.tier() == MatchTier.BLOCK).map(HoaxMatch::entryId).orElse(null);
    }

    private static int screenAll(Snapshot active, List<ContentSubmission> items) {
        int found = 0;
        for (ContentSubmission item : items) {
            found += RfhScreen.bestMatch(active, item).isPresent() ? 1 : 0;
        }
        return found;
    }

    private static double twoThreads(Snapshot active, List<ContentSubmission> items) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            int half = items.size() / 2;
            long t = System.nanoTime();
            Future<Integer> a = pool.submit(() -> screenAll(active, items.subList(0, half)));
            Future<Integer> b = pool.submit(() -> screenAll(active, items.subList(half, items.size())));
            a.get();
            b.get();
            return (System.nanoTime() - t) / 1e9;
        } finally {
            pool.shutdown();
        }
    }
}
