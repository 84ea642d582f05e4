package org.veracity.domain.hoax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The index must decide exactly as the brute-force reference: same entry, variant, similarity and tier for every
 * item. Its candidate pruning is a proof, not a heuristic; these tests check the proof on real text.
 */
class BruteForceEquivalenceTest {

    private static HoaxFixture fixture;

    @BeforeAll
    static void loadFixture() {
        fixture = HoaxFixture.load();
    }

    @ParameterizedTest(name = "block at {0}, review at {1}, every {2}. item")
    @CsvSource({"0.78, 0.41, 2", "0.5, 0.25, 5"})
    void index_and_brute_force_decide_alike_on_the_evaluation_set(double block, double review, int step) {
        MatchThresholds thresholds = MatchThresholds.ofText(block, review);
        HoaxIndex index = new HoaxIndex(thresholds);
        BruteForceMatcher reference = new BruteForceMatcher(thresholds);
        fixture.register(index);
        fixture.register(reference);
        for (int k = 0; k < fixture.items().size(); k += step) {
            HoaxFixture.Item item = fixture.items().get(k);
            assertEquals(reference.match(item.text(), null, null), index.match(item.text(), null, null),
                    item.itemId());
        }
    }

    @Test
    void index_and_brute_force_decide_alike_while_entries_come_and_go() {
        Random random = new Random(99);
        HoaxIndex index = new HoaxIndex();
        BruteForceMatcher reference = new BruteForceMatcher();
        List<HoaxFixture.Entry> entries = fixture.entries();
        // 600 variants: the index re-chooses its prefixes at 256 and 512.
        addWithEdit(entries.subList(0, 300), random, index, reference);
        assertSameDecisions(random, index, reference);
        // Retiring 90% makes the index compact its slots.
        for (HoaxFixture.Entry entry : entries.subList(30, 300)) {
            index.retire(entry.entryId());
            reference.retire(entry.entryId());
        }
        assertSameDecisions(random, index, reference);
        addWithEdit(entries.subList(300, 400), random, index, reference);
        assertSameDecisions(random, index, reference);
    }

    private static void addWithEdit(List<HoaxFixture.Entry> entries, Random random, HoaxMatcher... matchers) {
        for (HoaxFixture.Entry entry : entries) {
            String edited = VariantEdits.apply(VariantEdits.Kind.COMBINED, entry.text(), random);
            for (HoaxMatcher matcher : matchers) {
                matcher.add(entry.entryId(), "original", entry.text());
                try {
                    matcher.add(entry.entryId(), "edited", edited);
                } catch (IllegalArgumentException tooShort) {
                    // a deletion can leave too few terms; both matchers refuse it alike
                }
            }
        }
    }

    private static void assertSameDecisions(Random random, HoaxIndex index, BruteForceMatcher reference) {
        List<HoaxFixture.Item> items = fixture.items();
        for (int k = 0; k < 150; k++) {
            String text = items.get(random.nextInt(items.size())).text();
            assertEquals(reference.match(text, null, null), index.match(text, null, null), text);
        }
    }

    @Test
    void least_overlap_is_exactly_what_the_score_needs() {
        for (int variantSize = 1; variantSize <= 80; variantSize++) {
            for (int t = 1; t <= 100; t++) {
                double threshold = t / 100.0;
                int least = TextSimilarity.minimumOverlap(variantSize, threshold);
                // Containment bounds the score from above, so an overlap below the least cannot reach it...
                assertEquals(true, (least - 1) / (double) variantSize < threshold || least == 1,
                        variantSize + " " + threshold);
                // ...and the least one can, with an item that is exactly the variant.
                assertEquals(true, TextSimilarity.score(variantSize, variantSize, variantSize) >= threshold);
                assertEquals(true, least <= variantSize);
            }
        }
    }
}
