package org.veracity.domain.hoax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.veracity.infrastructure.embedding.MiniLmSentenceEncoder;
import org.veracity.tools.MatchEval;

/**
 * The semantic tier on CLEF CheckThat! 2022 task 2A (docs/matching.md): 14,231 verified Snopes claims as entries
 * (title and claim as two variants), the 997 training tweets as items, each with the one claim it repeats.
 * The tweets are split in two halves by a hash of their id; the threshold is chosen on the "tune" half only and
 * the figures reported on the "test" half. Uses {@link MatchEval}, i.e. the code and text thresholds of intake.
 *
 * <p>Run: {@code mvn -q -pl ejb-module test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.veracity.domain.hoax.CheckThatEvaluation -Dexec.args=../shared/data/checkthat-2022-2a}
 */
public final class CheckThatEvaluation {

    /** The embed signature every tweet in the data set ends with: "— Name (@handle) January 14, 2020". */
    private static final Pattern SIGNATURE = Pattern.compile("\\s*[—-]+\\s*[^—]*\\(@\\w+\\)\\s+\\w+ \\d{1,2}, \\d{4}\\s*$");
    private static final int TOP = 10;
    /** Issue 10's target for the share of tweets whose right claim is in BLOCK or REVIEW. */
    private static final double TARGET = 0.80;

    /** {@code claim}: the claim it repeats; two tweets of the set list two, comma-separated (either counts). */
    record Tweet(String id, String claim, String text, boolean tune) {

        boolean isRight(String entryId) {
            return List.of(claim.split(",")).contains(entryId);
        }
    }

    /** For one tweet: the text tier's match and the semantic ranking of the other entries. */
    record Outcome(Tweet tweet, Optional<HoaxMatch> text, List<Map.Entry<String, Double>> ranked) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/checkthat-2022-2a");
        Map<String, List<String>> entries = new LinkedHashMap<>();
        for (String[] row : MatchEval.readTsv(dir.resolve("verified-claims.tsv"))) {
            String[] titleAndClaim = row[1].split("\t", 2);
            List<String> variants = new ArrayList<>();
            variants.add(titleAndClaim.length > 1 ? titleAndClaim[1] : titleAndClaim[0]);
            if (titleAndClaim.length > 1 && !titleAndClaim[0].isBlank()) {
                variants.add(titleAndClaim[0]);
            }
            entries.put(row[0], variants);
        }
        List<Tweet> tweets = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("train-tweets.tsv"))) {
            String[] f = line.split("\t", 3);
            tweets.add(new Tweet(f[0], f[1], SIGNATURE.matcher(f[2]).replaceAll(""),
                    Math.floorMod(f[0].hashCode(), 2) == 0));
        }
        var config = MatchEval.config();
        MatchThresholds text = MatchThresholds.ofText(Double.parseDouble(config.getProperty("veracity.rfh.text.block-similarity")),
                Double.parseDouble(config.getProperty("veracity.rfh.text.review-similarity")));
        double configured = Double.parseDouble(config.getProperty("veracity.rfh.semantic.review-similarity"));
        int maxSuggestions = Integer.parseInt(config.getProperty("veracity.rfh.semantic.max-suggestions"));

        long t0 = System.nanoTime();
        MiniLmSentenceEncoder encoder = new MiniLmSentenceEncoder();
        Path cache = Path.of("target/checkthat-claims.emb");
        MatchEval eval = new MatchEval(entries, text, new SemanticThresholds(0.01, TOP),
                cachedEncoder(encoder, cache, entries), Runtime.getRuntime().availableProcessors());
        long t1 = System.nanoTime();
        List<float[]> embeddings = eval.encodeAll(tweets.stream().map(Tweet::text).toList(),
                Runtime.getRuntime().availableProcessors());
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < tweets.size(); i++) {
            Tweet t = tweets.get(i);
            Optional<HoaxMatch> byText = eval.textMatch(t.text());
            List<Map.Entry<String, Double>> ranked = eval.semanticIndex().rank(embeddings.get(i));
            outcomes.add(new Outcome(t, byText, ranked.subList(0, Math.min(TOP + 1, ranked.size()))));
        }
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%d claims, %d tweets (%d tune, %d test); index %.0f s, tweets %.0f s%n%n",
                entries.size(), tweets.size(), tweets.stream().filter(Tweet::tune).count(),
                tweets.stream().filter(t -> !t.tune()).count(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);

        List<Outcome> tune = outcomes.stream().filter(o -> o.tweet().tune()).toList();
        List<Outcome> test = outcomes.stream().filter(o -> !o.tweet().tune()).toList();
        System.out.println("Text tier alone (intake thresholds):");
        header();
        row("tune, text only", tune, 2.0, maxSuggestions);
        row("test, text only", test, 2.0, maxSuggestions);
        System.out.println();
        System.out.println("Semantic rank of the right claim (text tier ignored), tune half: ");
        int[] at = new int[TOP + 2];
        for (Outcome o : tune) {
            int r = rankOf(o);
            at[r < 0 ? TOP + 1 : Math.min(r, TOP)]++;
        }
        for (int r = 0; r <= TOP + 1; r++) {
            System.out.printf(Locale.ROOT, "  %s: %d%n", r == TOP + 1 ? "not in top " + TOP : "rank " + (r + 1), at[r]);
        }
        System.out.println();
        for (int max : new int[] {1, 3, 5}) {
            System.out.println("Tune half, at most " + max + " semantic suggestion(s):");
            header();
            for (int s = 30; s <= 80; s += 5) {
                row(String.format(Locale.ROOT, "review at %.2f", s / 100.0), tune, s / 100.0, max);
            }
            System.out.println();
        }
        double chosen = choose(tune, maxSuggestions);
        System.out.println("Tune half near the target, at most " + maxSuggestions + " suggestions:");
        header();
        for (int s = 45; s <= 56; s++) {
            row(String.format(Locale.ROOT, "review at %.2f", s / 100.0), tune, s / 100.0, maxSuggestions);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Chosen on the tune half (highest threshold, step 0.01, catching >= %.2f with at "
                + "most %d suggestions): %.2f; configured: %.2f%n%n", TARGET, maxSuggestions, chosen, configured);
        System.out.println("Held-out test half, configured threshold:");
        header();
        row(String.format(Locale.ROOT, "test, configured %.2f", configured), test, configured, maxSuggestions);
        row(String.format(Locale.ROOT, "tune, configured %.2f", configured), tune, configured, maxSuggestions);
        row(String.format(Locale.ROOT, "all, configured %.2f", configured), outcomes, configured, maxSuggestions);
    }

    /** 0-based semantic rank of the right claim among the entries the text tier did not match; -1 if below top. */
    private static int rankOf(Outcome o) {
        for (int r = 0; r < o.ranked().size(); r++) {
            if (o.tweet().isRight(o.ranked().get(r).getKey())) {
                return r;
            }
        }
        return -1;
    }

    static double choose(List<Outcome> tune, int max) {
        for (int s = 95; s >= 10; s--) {
            if (score(tune, s / 100.0, max)[0] >= TARGET) {
                return s / 100.0;
            }
        }
        return 0.10;
    }

    /** caught, right blocked, wrong blocks, wrong suggestions per tweet, tweets with no suggestion. */
    static double[] score(List<Outcome> outcomes, double review, int max) {
        int caught = 0;
        int rightBlocks = 0;
        int wrongBlocks = 0;
        int wrong = 0;
        int empty = 0;
        for (Outcome o : outcomes) {
            List<String> suggested = new ArrayList<>();
            if (o.text().isPresent()) {
                HoaxMatch m = o.text().get();
                suggested.add(m.entryId());
                if (m.tier() == MatchTier.BLOCK) {
                    if (o.tweet().isRight(m.entryId())) {
                        rightBlocks++;
                    } else {
                        wrongBlocks++;
                    }
                }
            }
            int added = 0;
            for (Map.Entry<String, Double> e : o.ranked()) {
                if (added >= max || e.getValue() < review) {
                    break;
                }
                if (!suggested.contains(e.getKey())) {
                    suggested.add(e.getKey());
                    added++;
                }
            }
            if (suggested.stream().anyMatch(o.tweet()::isRight)) {
                caught++;
            }
            wrong += (int) suggested.stream().filter(id -> !o.tweet().isRight(id)).count();
            if (suggested.isEmpty()) {
                empty++;
            }
        }
        double n = outcomes.size();
        return new double[] {caught / n, rightBlocks, wrongBlocks, wrong / n, empty};
    }

    private static void header() {
        System.out.println("| setting | tweets | right claim in BLOCK or REVIEW | right claim blocked | wrong claims blocked "
                + "| wrong claims suggested per tweet | tweets with no suggestion |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
    }

    private static void row(String label, List<Outcome> outcomes, double review, int max) {
        double[] s = score(outcomes, review, max);
        System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %d | %d | %.2f | %d |%n", label, outcomes.size(), s[0],
                (int) s[1], (int) s[2], s[3], (int) s[4]);
    }

    /** Encodes the claims once and keeps the vectors in target/, so that reruns take seconds. */
    private static SentenceEncoder cachedEncoder(SentenceEncoder encoder, Path file, Map<String, List<String>> entries)
            throws IOException {
        Map<String, float[]> known = new java.util.concurrent.ConcurrentHashMap<>();
        if (Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    String text = in.readUTF();
                    float[] v = new float[encoder.dimensions()];
                    for (int d = 0; d < v.length; d++) {
                        v[d] = in.readFloat();
                    }
                    known.put(text, v);
                }
            }
        }
        return new SentenceEncoder() {
            int fresh;

            @Override
            public float[] encode(String text) {
                float[] v = known.computeIfAbsent(text, encoder::encode);
                synchronized (this) {
                    if (++fresh % 2000 == 0) {
                        save();
                    }
                }
                return v;
            }

            private void save() {
                try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(
                        Files.newOutputStream(file)))) {
                    Map<String, float[]> copy = new LinkedHashMap<>(known);
                    out.writeInt(copy.size());
                    for (var e : copy.entrySet()) {
                        out.writeUTF(e.getKey());
                        for (float x : e.getValue()) {
                            out.writeFloat(x);
                        }
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public int dimensions() {
                return encoder.dimensions();
            }
        };
    }
}
