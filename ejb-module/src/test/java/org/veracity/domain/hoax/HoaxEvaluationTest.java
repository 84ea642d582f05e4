package org.veracity.domain.hoax;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The R11 quality bar on the labelled LIAR set (docs/matching.md): blocks at least 99% precise with the default
 * thresholds, and recall that does not quietly regress.
 */
class HoaxEvaluationTest {

    private final List<HoaxEvaluation.Outcome> outcomes =
            HoaxEvaluation.run(HoaxFixture.load(), MatchThresholds.defaults());

    @Test
    void blocks_are_at_least_99_percent_precise() {
        HoaxEvaluation.TierScore all = HoaxEvaluation.score(outcomes, MatchTier.BLOCK, item -> true);
        HoaxEvaluation.TierScore real = HoaxEvaluation.score(outcomes, MatchTier.BLOCK, HoaxEvaluation::isReal);
        assertTrue(all.precision() >= 0.99, "BLOCK precision " + all);
        assertTrue(real.precision() >= 0.99, "BLOCK precision on unedited LIAR statements " + real);
    }

    @Test
    void most_versions_are_blocked_and_nearly_all_are_caught() {
        HoaxEvaluation.TierScore block = HoaxEvaluation.score(outcomes, MatchTier.BLOCK, item -> true);
        HoaxEvaluation.TierScore review = HoaxEvaluation.score(outcomes, MatchTier.REVIEW, item -> true);
        assertTrue(block.recall() >= 0.90, "BLOCK recall " + block);
        assertTrue(block.recall() + review.recall() >= 0.99, "caught " + (block.recall() + review.recall()));
        assertTrue(review.precision() >= 0.5, "REVIEW precision " + review);
    }

    @Test
    void surface_disguises_are_all_blocked() {
        for (String category : List.of("edit-full-width", "edit-homoglyphs", "edit-emoji", "edit-reorder")) {
            HoaxEvaluation.TierScore block = HoaxEvaluation.score(outcomes, MatchTier.BLOCK,
                    item -> item.category().equals(category));
            assertTrue(block.recall() == 1.0, category + " " + block);
        }
    }
}
