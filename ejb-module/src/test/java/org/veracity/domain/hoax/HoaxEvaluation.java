package org.veracity.domain.hoax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Precision and recall of the BLOCK and REVIEW tiers on the labelled LIAR set ({@link HoaxFixture}), and the
 * threshold choice behind {@link MatchThresholds#defaults()}. Run as a program it sweeps the thresholds on the
 * tuning half, picks them, and prints the tables for docs/matching.md:
 *
 * <pre>
 * mvn -q -pl ejb-module test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.veracity.domain.hoax.HoaxEvaluation
 * </pre>
 *
 * <p>An item counts as a correct block (or review) only when the matched entry is the one it is a version of.
 * Recall of a tier is the share of all versions that land in that tier correctly.
 */
public final class HoaxEvaluation {

    /** Blocks silence people: at least 99 of 100 blocks must be right. */
    static final double BLOCK_PRECISION_TARGET = 0.99;
    /** At least half of what a specialist reviews should be a real version, else the queue is ignored. */
    static final double REVIEW_PRECISION_TARGET = 0.5;
    private static final double SWEEP_FLOOR = 0.30;

    private HoaxEvaluation() {
    }

    public record Outcome(HoaxFixture.Item item, HoaxMatch match) {

        boolean is(MatchTier tier) {
            return match != null && match.tier() == tier;
        }

        boolean correct() {
            return match != null && item.isVariant() && match.entryId().equals(item.expectedEntryId());
        }

        /** The outcome had the review threshold been {@code review}; blocks are unaffected. */
        Outcome withReviewThreshold(double review) {
            return is(MatchTier.REVIEW) && match.similarity() < review ? new Outcome(item, null) : this;
        }
    }

    public record TierScore(int predicted, int correct, int versions) {

        public double precision() {
            return predicted == 0 ? 1.0 : correct / (double) predicted;
        }

        public double recall() {
            return versions == 0 ? 0.0 : correct / (double) versions;
        }
    }

    public static List<Outcome> run(HoaxFixture fixture, MatchThresholds thresholds) {
        HoaxIndex index = new HoaxIndex(thresholds);
        fixture.register(index);
        List<Outcome> outcomes = new ArrayList<>(fixture.items().size());
        for (HoaxFixture.Item item : fixture.items()) {
            outcomes.add(new Outcome(item, index.match(item.text(), null, null).orElse(null)));
        }
        return outcomes;
    }

    public static TierScore score(List<Outcome> outcomes, MatchTier tier, Predicate<HoaxFixture.Item> which) {
        int predicted = 0;
        int correct = 0;
        int versions = 0;
        for (Outcome o : outcomes) {
            if (!which.test(o.item())) {
                continue;
            }
            if (o.item().isVariant()) {
                versions++;
            }
            if (o.is(tier)) {
                predicted++;
                if (o.correct()) {
                    correct++;
                }
            }
        }
        return new TierScore(predicted, correct, versions);
    }

    /** Items that are LIAR statements as written, not generated edits of one. */
    static boolean isReal(HoaxFixture.Item item) {
        return !item.category().startsWith("edit-");
    }

    static Predicate<HoaxFixture.Item> split(String split) {
        return item -> split.equals("all") || item.split().equals(split);
    }

    public static void main(String[] args) {
        HoaxFixture fixture = HoaxFixture.load();
        System.out.printf(Locale.ROOT, "Fixture: %d entries, %d items (%d versions, %d non-versions)%n%n",
                fixture.entries().size(), fixture.items().size(),
                fixture.items().stream().filter(HoaxFixture.Item::isVariant).count(),
                fixture.items().stream().filter(i -> !i.isVariant()).count());

        // Blocks do not depend on the review threshold, so sweep the block threshold with the lowest review one.
        Map<Double, List<Outcome>> sweep = new TreeMap<>();
        for (int h = 50; h <= 95; h++) {
            sweep.put(h / 100.0, run(fixture, MatchThresholds.ofText(h / 100.0, SWEEP_FLOOR)));
        }
        Predicate<HoaxFixture.Item> all = split("all");
        double block = chooseBlock(sweep, all);
        double review = chooseReview(sweep.get(block), block, all);

        System.out.println("BLOCK tier by threshold, whole set (\"real\" = LIAR statements as written, no generated"
                + " edits):\n");
        System.out.println("| block at | blocks | precision | recall | real blocks | real precision | real recall |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Map.Entry<Double, List<Outcome>> e : sweep.entrySet()) {
            long percent = Math.round(e.getKey() * 100);
            if (percent % 5 == 0 || e.getKey() == block || percent == 66 || percent == 78) {
                TierScore s = score(e.getValue(), MatchTier.BLOCK, all);
                TierScore r = score(e.getValue(), MatchTier.BLOCK, all.and(HoaxEvaluation::isReal));
                System.out.printf(Locale.ROOT, "| %.2f | %d | %.4f | %.3f | %d | %.3f | %.3f |%n", e.getKey(),
                        s.predicted(), s.precision(), s.recall(), r.predicted(), r.precision(), r.recall());
            }
        }
        System.out.println("\nREVIEW tier by threshold, whole set, block at " + block + ":\n");
        System.out.println("| review at | reviews | precision | recall | real reviews | real precision "
                + "| real recall | caught (block or review) | real caught |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (int r = (int) Math.round(block * 100); r >= SWEEP_FLOOR * 100; r--) {
            double at = r / 100.0;
            List<Outcome> outcomes = sweep.get(block).stream().map(o -> o.withReviewThreshold(at)).toList();
            if (r % 5 == 0 || at == review) {
                TierScore s = score(outcomes, MatchTier.REVIEW, all);
                TierScore b = score(outcomes, MatchTier.BLOCK, all);
                TierScore rs = score(outcomes, MatchTier.REVIEW, all.and(HoaxEvaluation::isReal));
                TierScore rb = score(outcomes, MatchTier.BLOCK, all.and(HoaxEvaluation::isReal));
                System.out.printf(Locale.ROOT, "| %.2f | %d | %.3f | %.3f | %d | %.3f | %.3f | %.3f | %.3f |%n", at,
                        s.predicted(), s.precision(), s.recall(), rs.predicted(), rs.precision(), rs.recall(),
                        (s.correct() + b.correct()) / (double) s.versions(),
                        (rs.correct() + rb.correct()) / (double) rs.versions());
            }
        }

        System.out.printf(Locale.ROOT, "%nRule applied to the whole set: block at %.2f, review at %.2f%n", block,
                review);
        System.out.println("\nTwo-fold check of the rule (choose on one half, score on the other):\n");
        System.out.println("| chosen on | block at | review at | scored on | BLOCK precision | BLOCK recall "
                + "| real BLOCK precision | REVIEW precision | REVIEW recall |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (String[] fold : List.of(new String[] {"tune", "test"}, new String[] {"test", "tune"})) {
            double b = chooseBlock(sweep, split(fold[0]));
            double r = chooseReview(sweep.get(b), b, split(fold[0]));
            List<Outcome> outcomes = sweep.get(b).stream().map(o -> o.withReviewThreshold(r)).toList();
            TierScore sb = score(outcomes, MatchTier.BLOCK, split(fold[1]));
            TierScore rb = score(outcomes, MatchTier.BLOCK, split(fold[1]).and(HoaxEvaluation::isReal));
            TierScore sr = score(outcomes, MatchTier.REVIEW, split(fold[1]));
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %s | %.4f (%d/%d) | %.3f | %.3f (%d/%d) | %.3f | %.3f |%n",
                    fold[0], b, r, fold[1], sb.precision(), sb.correct(), sb.predicted(), sb.recall(),
                    rb.precision(), rb.correct(), rb.predicted(), sr.precision(), sr.recall());
        }
        System.out.println();

        MatchThresholds defaults = MatchThresholds.defaults();
        if (defaults.textBlock() != block || defaults.textReview() != review) {
            System.out.println("NOTE: MatchThresholds.defaults() differ from what the rule chose.\n");
        }
        printTiers(run(fixture, defaults), defaults);
    }

    /**
     * The lowest block threshold at which, for it and every higher one, blocks are at least 99% precise both over
     * all items and over the real LIAR statements alone: generated edits are easy and would otherwise carry the
     * precision of the hard real near misses.
     */
    static double chooseBlock(Map<Double, List<Outcome>> sweep, Predicate<HoaxFixture.Item> which) {
        double chosen = 1.0;
        List<Double> descending = new ArrayList<>(sweep.keySet());
        Collections.reverse(descending);
        for (double block : descending) {
            TierScore all = score(sweep.get(block), MatchTier.BLOCK, which);
            TierScore real = score(sweep.get(block), MatchTier.BLOCK, which.and(HoaxEvaluation::isReal));
            if (all.precision() < BLOCK_PRECISION_TARGET || real.precision() < BLOCK_PRECISION_TARGET) {
                break;
            }
            chosen = block;
        }
        return chosen;
    }

    /**
     * The lowest review threshold at which, for it and every higher one, at least half the reviews are right, over
     * all items and over the real LIAR statements alone.
     */
    static double chooseReview(List<Outcome> atBlock, double block, Predicate<HoaxFixture.Item> which) {
        double chosen = block;
        for (int r = (int) Math.round(block * 100); r >= SWEEP_FLOOR * 100; r--) {
            double review = r / 100.0;
            List<Outcome> outcomes = atBlock.stream().map(o -> o.withReviewThreshold(review)).toList();
            if (score(outcomes, MatchTier.REVIEW, which).precision() < REVIEW_PRECISION_TARGET
                    || score(outcomes, MatchTier.REVIEW, which.and(HoaxEvaluation::isReal)).precision()
                    < REVIEW_PRECISION_TARGET) {
                break;
            }
            chosen = review;
        }
        return chosen;
    }

    static void printTiers(List<Outcome> outcomes, MatchThresholds thresholds) {
        System.out.printf(Locale.ROOT, "Tiers at block %.2f, review %.2f:%n%n", thresholds.textBlock(),
                thresholds.textReview());
        System.out.println("| split | BLOCK precision | BLOCK recall | REVIEW precision | REVIEW recall "
                + "| caught (block or review) | false blocks |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String split : List.of("tune", "test", "all", "all, real only")) {
            Predicate<HoaxFixture.Item> which = split.startsWith("all, real")
                    ? HoaxEvaluation::isReal : split(split);
            TierScore block = score(outcomes, MatchTier.BLOCK, which);
            TierScore review = score(outcomes, MatchTier.REVIEW, which);
            System.out.printf(Locale.ROOT, "| %s | %.4f (%d/%d) | %.3f | %.3f (%d/%d) | %.3f | %.3f | %d |%n",
                    split, block.precision(), block.correct(), block.predicted(), block.recall(),
                    review.precision(), review.correct(), review.predicted(), review.recall(),
                    (block.correct() + review.correct()) / (double) Math.max(1, block.versions()),
                    block.predicted() - block.correct());
        }
        System.out.println("\nBy category (all splits):\n");
        System.out.println("| category | items | blocked, right entry | reviewed, right entry | no match "
                + "| blocked wrongly | reviewed wrongly |");
        System.out.println("|---|---|---|---|---|---|---|");
        Map<String, int[]> byCategory = new TreeMap<>();
        for (Outcome o : outcomes) {
            int[] c = byCategory.computeIfAbsent(o.item().category(), k -> new int[6]);
            c[0]++;
            if (o.correct()) {
                c[o.is(MatchTier.BLOCK) ? 1 : 2]++;
            } else if (o.match() == null) {
                c[3]++;
            } else {
                c[o.is(MatchTier.BLOCK) ? 4 : 5]++;
            }
        }
        byCategory.forEach((category, c) -> System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d |%n",
                category, c[0], c[1], c[2], c[3], c[4], c[5]));
    }
}
