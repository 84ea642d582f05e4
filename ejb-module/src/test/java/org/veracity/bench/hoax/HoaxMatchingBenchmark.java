package org.veracity.bench.hoax;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

import org.veracity.domain.hoax.BruteForceMatcher;
import org.veracity.domain.hoax.HoaxIndex;
import org.veracity.domain.hoax.HoaxMatch;
import org.veracity.domain.hoax.HoaxMatcher;
import org.veracity.domain.hoax.LiarStatements;
import org.veracity.domain.hoax.MatchTier;
import org.veracity.domain.hoax.VariantEdits;

/**
 * Throughput of R11 matching at 100,000 RFH text variants, its speed-up over {@link BruteForceMatcher}, and a check
 * that both reach identical decisions on every benchmark item; then PDQ lookups against a linear scan. A program,
 * not a test: timings belong in docs/matching.md, not in assertions. Everything is generated from LIAR (and CoAID
 * headlines for unrelated text, when given) with fixed seeds.
 *
 * <pre>
 * MAVEN_OPTS=-Xmx2g mvn -q -pl ejb-module test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.veracity.bench.hoax.HoaxMatchingBenchmark \
 *     -Dexec.args="../shared/data/liar ../shared/data/coaid"
 * </pre>
 */
public final class HoaxMatchingBenchmark {

    private static final long SEED = 4_2026L;
    private static final int VARIANTS = 100_000;
    private static final int VARIANTS_PER_ENTRY = 10;
    private static final int STREAM = 20_000;
    private static final int BRUTE_FORCE_TIMED = 1_000;
    private static final int PDQ_HASHES = 100_000;
    private static final int PDQ_QUERIES = 20_000;

    private HoaxMatchingBenchmark() {
    }

    record Item(String kind, String text, String url) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: HoaxMatchingBenchmark <LIAR directory> [CoAID directory]");
            System.err.println("The LIAR data set is not in the repository; see /work/shared/data/README.md.");
            System.exit(2);
        }
        List<LiarStatements.Statement> statements = new ArrayList<>(LiarStatements.read(Path.of(args[0])));
        List<String> headlines = args.length > 1 ? CoaidHeadlines.read(Path.of(args[1])) : List.of();
        Random random = new Random(SEED);
        Collections.shuffle(statements, random);

        System.out.printf(Locale.ROOT, "# Hoax matching benchmark%n%nJVM %s, %d cores, max heap %d MB%n%n",
                System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        List<String[]> variants = new ArrayList<>();
        List<LiarStatements.Statement> indexed = variants(statements, new Random(SEED + 10), variants);
        HoaxIndex index = new HoaxIndex();
        BruteForceMatcher bruteForce = new BruteForceMatcher();
        register(variants, bruteForce);
        long start = System.nanoTime();
        register(variants, index);
        double indexSeconds = seconds(start);
        System.out.printf(Locale.ROOT, "Indexed %d variants of %d entries in %.1f s (HoaxIndex.add, after a warm-up"
                + " on BruteForceMatcher)%n", index.variantCount(), indexed.size(), indexSeconds);

        List<LiarStatements.Statement> heldOut = statements.subList(indexed.size(), statements.size());
        List<Item> stream = stream(indexed, heldOut, headlines, new Random(SEED + 1));
        System.out.printf(Locale.ROOT, "Stream: %d items (%s); unrelated text from %s%n%n", stream.size(),
                describe(stream), headlines.isEmpty() ? "held-out LIAR statements (no CoAID directory given)"
                        : "CoAID headlines (" + headlines.size() + ")");

        // Warm-up: let the JIT compile the hot paths before anything is timed.
        runAll(index, stream);
        runAll(index, stream);
        double[] runs = new double[5];
        for (int r = 0; r < runs.length; r++) {
            long t = System.nanoTime();
            runAll(index, stream);
            runs[r] = seconds(t);
        }
        Arrays.sort(runs);
        double indexPerItem = runs[runs.length / 2] / stream.size();
        double twoThreads = parallelSeconds(index, stream, 2);

        List<Item> timedSample = stream.subList(0, BRUTE_FORCE_TIMED);
        runAll(bruteForce, stream.subList(BRUTE_FORCE_TIMED, BRUTE_FORCE_TIMED + 200));
        long t = System.nanoTime();
        runAll(bruteForce, timedSample);
        double brutePerItem = seconds(t) / timedSample.size();
        t = System.nanoTime();
        runAll(index, timedSample);
        double indexPerSampleItem = seconds(t) / timedSample.size();

        System.out.println("## Text, URL: HoaxIndex against BruteForceMatcher\n");
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        System.out.printf(Locale.ROOT, "| HoaxIndex, 1 thread, median of 5 runs over %d items | %,.0f items/s (%.1f µs/item) |%n",
                stream.size(), 1 / indexPerItem, indexPerItem * 1e6);
        System.out.printf(Locale.ROOT, "| HoaxIndex, 2 threads | %,.0f items/s |%n", stream.size() / twoThreads);
        System.out.printf(Locale.ROOT, "| BruteForceMatcher, 1 thread, first %d items | %,.0f items/s (%.0f µs/item) |%n",
                BRUTE_FORCE_TIMED, 1 / brutePerItem, brutePerItem * 1e6);
        System.out.printf(Locale.ROOT, "| HoaxIndex on the same %d items | %.1f µs/item |%n", BRUTE_FORCE_TIMED,
                indexPerSampleItem * 1e6);
        System.out.printf(Locale.ROOT, "| speed-up on the same items | %.0f× |%n", brutePerItem / indexPerSampleItem);

        Comparison comparison = compare(index, bruteForce, stream);
        System.out.printf(Locale.ROOT, "| items compared with BruteForceMatcher (2 threads, %.0f s) | %d |%n",
                comparison.seconds, stream.size());
        System.out.printf(Locale.ROOT, "| block decisions that differ (tier BLOCK and entry) | %d |%n",
                comparison.blockMismatches);
        System.out.printf(Locale.ROOT, "| any difference in the match (entry, variant, kind, similarity, tier, facts) | %d |%n",
                comparison.anyMismatches);
        System.out.printf(Locale.ROOT, "| outcomes on the stream | %s |%n%n", comparison.outcomes);

        PdqBenchmark.run(new Random(SEED + 2), PDQ_HASHES, PDQ_QUERIES);
        if (comparison.blockMismatches != 0 || comparison.anyMismatches != 0) {
            System.exit(1);
        }
    }

    /**
     * Ten variants per statement (the statement and nine edits) until there are 100,000; a variant the matcher
     * would refuse (fewer than three content terms) is left out. Returns the statements used.
     */
    static List<LiarStatements.Statement> variants(List<LiarStatements.Statement> statements, Random random,
            List<String[]> out) {
        HoaxMatcher probe = new BruteForceMatcher();
        List<LiarStatements.Statement> used = new ArrayList<>();
        int textVariants = 0;
        for (LiarStatements.Statement statement : statements) {
            if (textVariants >= VARIANTS) {
                break;
            }
            String entryId = "rfh-" + statement.id();
            int before = textVariants;
            List<String> texts = variantsOf(statement.text(), random, VARIANTS_PER_ENTRY);
            for (int v = 0; v < texts.size() && textVariants < VARIANTS; v++) {
                try {
                    probe.add("probe", "probe", texts.get(v));
                    out.add(new String[] {entryId, "v" + v, texts.get(v)});
                    textVariants++;
                } catch (IllegalArgumentException tooShort) {
                    // "On abortion." names a topic, not a claim: the matcher refuses it, and so do we.
                }
            }
            if (textVariants > before) {
                used.add(statement);
                if (random.nextInt(4) == 0) {
                    out.add(new String[] {entryId, null,
                        "https://www.example-hoax.com/story/" + statement.id() + "?utm_source=x"});
                }
            }
        }
        return used;
    }

    static void register(List<String[]> variants, HoaxMatcher matcher) {
        for (String[] v : variants) {
            if (v[1] == null) {
                matcher.addUrl(v[0], v[2]);
            } else {
                matcher.add(v[0], v[1], v[2]);
            }
        }
    }

    static List<String> variantsOf(String text, Random random, int count) {
        Set<String> texts = new LinkedHashSet<>();
        texts.add(text);
        VariantEdits.Kind[] kinds = VariantEdits.Kind.values();
        int attempt = 0;
        while (texts.size() < count && attempt++ < 40) {
            String edited = VariantEdits.apply(kinds[attempt % kinds.length], text, random);
            if (edited != null) {
                texts.add(edited);
            }
        }
        return new ArrayList<>(texts);
    }

    /** 40% new versions of indexed statements, 30% held-out statements (near misses), 30% unrelated text. */
    static List<Item> stream(List<LiarStatements.Statement> indexed, List<LiarStatements.Statement> heldOut,
            List<String> headlines, Random random) {
        List<Item> items = new ArrayList<>(STREAM);
        VariantEdits.Kind[] kinds = VariantEdits.Kind.values();
        for (int k = 0; k < STREAM; k++) {
            int roll = random.nextInt(10);
            if (roll < 4) {
                LiarStatements.Statement s = indexed.get(random.nextInt(indexed.size()));
                String text = VariantEdits.apply(kinds[random.nextInt(kinds.length)], s.text(), random);
                String url = random.nextInt(10) == 0
                        ? "http://example-hoax.com/story/" + s.id() + "/#comments" : null;
                items.add(new Item("version", text == null ? s.text() : text, url));
            } else if (roll < 7 || headlines.isEmpty()) {
                LiarStatements.Statement s = heldOut.get(random.nextInt(heldOut.size()));
                items.add(new Item(roll < 7 ? "near miss" : "unrelated", s.text(), null));
            } else {
                items.add(new Item("unrelated", headlines.get(random.nextInt(headlines.size())), null));
            }
        }
        return items;
    }

    private static String describe(List<Item> stream) {
        return Stream.of("version", "near miss", "unrelated")
                .map(kind -> stream.stream().filter(i -> i.kind().equals(kind)).count() + " " + kind)
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static int runAll(HoaxMatcher matcher, List<Item> items) {
        int blocks = 0;
        for (Item item : items) {
            Optional<HoaxMatch> match = matcher.match(item.text(), item.url(), null);
            if (match.isPresent() && match.get().tier() == MatchTier.BLOCK) {
                blocks++;
            }
        }
        return blocks;
    }

    private static double parallelSeconds(HoaxMatcher matcher, List<Item> items, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            parallel(pool, items, threads, item -> matcher.match(item.text(), item.url(), null));
            double best = Double.MAX_VALUE;
            for (int r = 0; r < 3; r++) {
                long t = System.nanoTime();
                parallel(pool, items, threads, item -> matcher.match(item.text(), item.url(), null));
                best = Math.min(best, seconds(t));
            }
            return best;
        } finally {
            pool.shutdown();
        }
    }

    private static <R> List<R> parallel(ExecutorService pool, List<Item> items, int threads,
            Function<Item, R> work) throws Exception {
        List<Future<List<R>>> parts = new ArrayList<>();
        int size = (items.size() + threads - 1) / threads;
        for (int p = 0; p < threads; p++) {
            List<Item> part = items.subList(Math.min(items.size(), p * size), Math.min(items.size(), (p + 1) * size));
            parts.add(pool.submit(() -> part.stream().map(work).toList()));
        }
        List<R> results = new ArrayList<>(items.size());
        for (Future<List<R>> part : parts) {
            results.addAll(part.get());
        }
        return results;
    }

    record Comparison(int blockMismatches, int anyMismatches, String outcomes, double seconds) {
    }

    /** BruteForceMatcher only reads while matching, so two threads may share it for this check. */
    private static Comparison compare(HoaxIndex index, BruteForceMatcher bruteForce, List<Item> stream)
            throws Exception {
        long t = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Optional<HoaxMatch>> expected;
        try {
            expected = parallel(pool, stream, 2, item -> bruteForce.match(item.text(), item.url(), null));
        } finally {
            pool.shutdown();
        }
        double seconds = seconds(t);
        int blockMismatches = 0;
        int anyMismatches = 0;
        int blocks = 0;
        int reviews = 0;
        for (int k = 0; k < stream.size(); k++) {
            Optional<HoaxMatch> actual = index.match(stream.get(k).text(), stream.get(k).url(), null);
            Optional<HoaxMatch> reference = expected.get(k);
            if (!actual.equals(reference)) {
                anyMismatches++;
            }
            if (!blockDecision(actual).equals(blockDecision(reference))) {
                blockMismatches++;
            }
            if (actual.isPresent()) {
                if (actual.get().tier() == MatchTier.BLOCK) {
                    blocks++;
                } else {
                    reviews++;
                }
            }
        }
        String outcomes = String.format(Locale.ROOT, "%d blocked, %d to review, %d no match", blocks, reviews,
                stream.size() - blocks - reviews);
        return new Comparison(blockMismatches, anyMismatches, outcomes, seconds);
    }

    private static String blockDecision(Optional<HoaxMatch> match) {
        return match.filter(m -> m.tier() == MatchTier.BLOCK).map(HoaxMatch::entryId).orElse("-");
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Headlines of CoAID news and claims: real text on an unrelated subject (COVID-19). */
    static final class CoaidHeadlines {

        private CoaidHeadlines() {
        }

        static List<String> read(Path coaid) throws IOException {
            Set<String> titles = new LinkedHashSet<>();
            if (!Files.isDirectory(coaid)) {
                return List.of();
            }
            try (Stream<Path> files = Files.walk(coaid)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                    List<List<String>> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
                    if (rows.isEmpty()) {
                        continue;
                    }
                    int title = rows.get(0).indexOf("title");
                    for (List<String> row : rows.subList(1, rows.size())) {
                        if (title >= 0 && title < row.size() && row.get(title).strip().length() > 20) {
                            titles.add(row.get(title).strip().replaceAll("\\s+", " "));
                        }
                    }
                }
            }
            return new ArrayList<>(titles);
        }
    }

    /** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
    static final class Csv {

        private Csv() {
        }

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int i = text.startsWith("\uFEFF") ? 1 : 0;
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
