package org.veracity.domain.hoax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Issue 10's evaluation on hoaxes and posts written fresh (not LIAR, not CoAID): re-posts with reformatting, emoji,
 * links, typos and hashtags must be caught (block or review), counter-speech near misses (debunks, reports,
 * questions, attributions, negations, fact-check headlines) and other on-topic posts must never be blocked. Files:
 * {@code src/test/resources/hoax/counter-speech-*.tsv} (README there). Run as a program for the tables in
 * docs/matching.md, or through {@code CounterSpeechEvaluationTest}.
 */
public final class CounterSpeechEvaluation {

    static final String ENTRIES = "/hoax/counter-speech-entries.tsv";
    static final String ITEMS = "/hoax/counter-speech-items.tsv";

    record Entry(String entryId, String split, String text) {
    }

    /** expectedEntryId: the entry a re-post copies or a counter-speech item disputes; empty for other posts. */
    record Item(String itemId, String expectedEntryId, String category, String split, String text) {

        boolean isRepost() {
            return category.equals("repost");
        }

        boolean isCounterSpeech() {
            return category.startsWith("counter-");
        }
    }

    record Outcome(Item item, Optional<HoaxMatch> match) {

        MatchTier tier() {
            return match.map(HoaxMatch::tier).orElse(null);
        }

        boolean blocked() {
            return tier() == MatchTier.BLOCK;
        }

        /** A block is right only for a re-post of the entry it names. */
        boolean rightBlock() {
            return blocked() && item.isRepost() && match.get().entryId().equals(item.expectedEntryId());
        }

        boolean caughtRepost() {
            return item.isRepost() && match.isPresent() && match.get().entryId().equals(item.expectedEntryId());
        }
    }

    private CounterSpeechEvaluation() {
    }

    static List<Entry> entries() {
        return read(ENTRIES).stream().map(f -> new Entry(f[0], f[1], f[2])).toList();
    }

    static List<Item> items() {
        return read(ITEMS).stream().map(f -> new Item(f[0], f[1], f[2], f[3], f[4])).toList();
    }

    static List<Outcome> run(HoaxMatcher matcher) {
        for (Entry entry : entries()) {
            matcher.add(entry.entryId(), "v1", entry.text());
        }
        return items().stream().map(item -> new Outcome(item, matcher.match(item.text(), null, null))).toList();
    }

    private static List<String[]> read(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = CounterSpeechEvaluation.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Figures for one subset of the items. */
    record Score(int blocks, int rightBlocks, int reposts, int repostsCaught, int repostsBlocked, int counterSpeech,
            int counterSpeechBlocked, int counterSpeechReviewed, int others, int othersBlocked) {

        double blockPrecision() {
            return blocks == 0 ? 1.0 : rightBlocks / (double) blocks;
        }

        double repostsCaughtShare() {
            return reposts == 0 ? 1.0 : repostsCaught / (double) reposts;
        }
    }

    static Score score(List<Outcome> outcomes, Predicate<Item> which) {
        int blocks = 0;
        int right = 0;
        int reposts = 0;
        int caught = 0;
        int repostsBlocked = 0;
        int counter = 0;
        int counterBlocked = 0;
        int counterReviewed = 0;
        int others = 0;
        int othersBlocked = 0;
        for (Outcome o : outcomes) {
            if (!which.test(o.item())) {
                continue;
            }
            blocks += o.blocked() ? 1 : 0;
            right += o.rightBlock() ? 1 : 0;
            if (o.item().isRepost()) {
                reposts++;
                caught += o.caughtRepost() ? 1 : 0;
                repostsBlocked += o.rightBlock() ? 1 : 0;
            } else if (o.item().isCounterSpeech()) {
                counter++;
                counterBlocked += o.blocked() ? 1 : 0;
                counterReviewed += o.tier() == MatchTier.REVIEW ? 1 : 0;
            } else {
                others++;
                othersBlocked += o.blocked() ? 1 : 0;
            }
        }
        return new Score(blocks, right, reposts, caught, repostsBlocked, counter, counterBlocked, counterReviewed,
                others, othersBlocked);
    }

    public static void main(String[] args) {
        List<Outcome> outcomes = run(new HoaxIndex());
        boolean heldOut = args.length > 0 && args[0].equals("--held-out");
        System.out.println("| split | items | BLOCK precision | re-posts caught (block or review) | re-posts blocked"
                + " | counter-speech blocked | counter-speech to review | other posts blocked |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (String split : heldOut ? List.of("tune", "held-out") : List.of("tune")) {
            Score s = score(outcomes, item -> item.split().equals(split));
            System.out.println(row(split, s));
        }
        Map<String, int[]> byCategory = new TreeMap<>();
        for (Outcome o : outcomes) {
            if (!heldOut && !o.item().split().equals("tune")) {
                continue;
            }
            int[] counts = byCategory.computeIfAbsent(o.item().category(), c -> new int[4]);
            counts[0]++;
            counts[o.tier() == null ? 3 : o.tier() == MatchTier.BLOCK ? 1 : 2]++;
        }
        System.out.println();
        System.out.println("| category | items | BLOCK | REVIEW | no match |");
        System.out.println("|---|---|---|---|---|");
        byCategory.forEach((category, c) -> System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d |%n",
                category, c[0], c[1], c[2], c[3]));
        System.out.println();
        for (Outcome o : outcomes) {
            if (!heldOut && !o.item().split().equals("tune")) {
                continue;
            }
            boolean wrong = o.blocked() && !o.rightBlock() || o.item().isRepost() && !o.caughtRepost();
            if (wrong || args.length > 1) {
                System.out.println((wrong ? "MISS " : "     ") + o.item().itemId() + " -> "
                        + o.match().map(HoaxMatch::evidence).orElse("none") + "\n      " + o.item().text());
            }
        }
    }

    static String row(String label, Score s) {
        return String.format(Locale.ROOT, "| %s | %d | %.3f (%d/%d) | %.3f (%d/%d) | %d | %d of %d | %d of %d | %d of %d |",
                label, s.reposts() + s.counterSpeech() + s.others(), s.blockPrecision(), s.rightBlocks(), s.blocks(),
                s.repostsCaughtShare(), s.repostsCaught(), s.reposts(), s.repostsBlocked(), s.counterSpeechBlocked(),
                s.counterSpeech(), s.counterSpeechReviewed(), s.counterSpeech(), s.othersBlocked(), s.others());
    }
}
