package org.veracity.domain.hoax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 10 on hoaxes and posts written fresh (docs/matching.md, "Counter-speech and normalisation"): BLOCK precision
 * at least 0.99 and re-posts caught at least 0.95 on each split, no counter-speech blocked; the index and the
 * brute-force reference agree on every item.
 */
class CounterSpeechEvaluationTest {

    private final List<CounterSpeechEvaluation.Outcome> outcomes = CounterSpeechEvaluation.run(new HoaxIndex());

    @Test
    void the_set_has_at_least_100_counter_speech_near_misses_in_every_category() {
        List<CounterSpeechEvaluation.Item> items = CounterSpeechEvaluation.items();
        assertTrue(items.stream().filter(CounterSpeechEvaluation.Item::isCounterSpeech).count() >= 100);
        for (String category : List.of("debunk", "report", "question", "attribution", "negation", "factcheck")) {
            assertTrue(items.stream().filter(i -> i.category().equals("counter-" + category)).count() >= 10,
                    category);
        }
    }

    @Test
    void blocks_are_precise_and_re_posts_are_caught_on_both_splits() {
        for (String split : List.of("tune", "held-out")) {
            CounterSpeechEvaluation.Score score = CounterSpeechEvaluation.score(outcomes, i -> i.split().equals(split));
            assertTrue(score.blockPrecision() >= 0.99, split + " " + score);
            assertTrue(score.repostsCaughtShare() >= 0.95, split + " " + score);
            assertTrue(score.repostsBlocked() >= 0.8 * score.reposts(), split + " " + score);
        }
    }

    @Test
    void no_counter_speech_is_blocked_and_each_goes_to_review_with_its_entry() {
        for (CounterSpeechEvaluation.Outcome o : outcomes) {
            if (o.item().isCounterSpeech()) {
                assertEquals(MatchTier.REVIEW, o.tier(), o.item().text());
                assertEquals(o.item().expectedEntryId(), o.match().orElseThrow().entryId(), o.item().text());
            }
        }
    }

    @Test
    void the_index_answers_as_the_brute_force_reference() {
        List<CounterSpeechEvaluation.Outcome> reference = CounterSpeechEvaluation.run(new BruteForceMatcher());
        for (int k = 0; k < outcomes.size(); k++) {
            assertEquals(reference.get(k).match(), outcomes.get(k).match(), outcomes.get(k).item().text());
        }
    }
}
