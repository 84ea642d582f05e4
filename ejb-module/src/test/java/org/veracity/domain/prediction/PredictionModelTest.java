package org.veracity.domain.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.veracity.domain.TestItems;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.signal.SignalTotals;

class PredictionModelTest {

    /** The shipped defaults (microprofile-config.properties). */
    private final PredictionModel model = new PredictionModel(-4.0, 0.8, 0.4, 0.5, 2.5, 0.7);
    private final Instant posted = Instant.parse("2020-10-14T09:00:00Z");
    private final Instant now = posted.plus(Duration.ofHours(10));

    @Test
    void an_item_without_signals_is_not_predicted() {
        PredictionOutcome outcome = model.predict(item(10_000, 0), SignalTotals.NONE, now);
        assertFalse(outcome.predicted());
        assertTrue(outcome.score() < 0.05, "score " + outcome.score());
    }

    @Test
    void reports_relative_to_views_and_an_external_signal_cross_the_threshold() {
        ContentItem item = item(10_000, 0);
        PredictionOutcome outcome = model.predict(item, new SignalTotals(30, 0, 1, null), now);
        assertEquals(3.0, outcome.features().get(PredictionModel.REPORTS), 1e-9);
        assertEquals(1.0, outcome.features().get(PredictionModel.EXTERNAL), 1e-9);
        assertTrue(outcome.predicted(), "score " + outcome.score());
    }

    @Test
    void the_same_reports_on_a_far_more_viewed_item_weigh_less() {
        PredictionOutcome small = model.predict(item(10_000, 0), new SignalTotals(30, 0, 0, null), now);
        PredictionOutcome large = model.predict(item(1_000_000, 0), new SignalTotals(30, 0, 0, null), now);
        assertTrue(large.score() < small.score());
    }

    @Test
    void the_integrators_classifier_score_counts_when_it_is_higher() {
        PredictionOutcome outcome = model.predict(item(10_000, 0), new SignalTotals(0, 0, 0, 0.93), now);
        assertEquals(0.93, outcome.score(), 1e-9);
        assertTrue(outcome.modelScore() < 0.05);
        assertTrue(outcome.predicted());
    }

    @Test
    void a_lower_classifier_score_does_not_pull_the_model_score_down() {
        PredictionOutcome outcome = model.predict(item(10_000, 0), new SignalTotals(30, 0, 1, 0.1), now);
        assertEquals(outcome.modelScore(), outcome.score(), 1e-12);
    }

    @Test
    void external_signals_stop_adding_evidence_after_three() {
        PredictionOutcome three = model.predict(item(10_000, 0), new SignalTotals(0, 0, 3, null), now);
        PredictionOutcome ten = model.predict(item(10_000, 0), new SignalTotals(0, 0, 10, null), now);
        assertEquals(three.score(), ten.score(), 1e-12);
    }

    @Test
    void a_score_exactly_at_the_threshold_is_predicted() {
        PredictionModel exact = new PredictionModel(0, 0, 0, 0, 0, 0.5);
        assertTrue(exact.predict(item(10_000, 0), SignalTotals.NONE, now).predicted());
    }

    @Test
    void a_threshold_outside_zero_to_one_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new PredictionModel(0, 0, 0, 0, 0, 1.5));
    }

    private ContentItem item(long views, long shares) {
        return TestItems.item("i-1", AuthorKind.PERSON, views, shares, posted);
    }
}
