package org.veracity.domain.demotion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veracity.domain.TestItems;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.distribution.DistributionAnswer;
import org.veracity.domain.distribution.ItemTreatments;
import org.veracity.domain.distribution.Treatments;

/** R3: 0.5 for exactly seven days (168 h) from the prediction, to the second. */
class TemporaryDemotionPolicyTest {

    private final TemporaryDemotionPolicy policy =
            new TemporaryDemotionPolicy(new Multiplier(0.5), Duration.ofHours(168));
    private final Instant predictedAt = Instant.parse("2020-10-14T12:00:00Z");
    private final ContentItem item = TestItems.item("i-1", AuthorKind.PAGE, 1000, 10, predictedAt.minusSeconds(3600));
    private final Demotion demotion = policy.demote(item, predictedAt, "predicted", "temporary-demotion@v1");

    @Test
    void ends_exactly_168_hours_after_the_prediction() {
        assertEquals(Instant.parse("2020-10-21T12:00:00Z"), demotion.getEndsAt());
    }

    @Test
    void is_in_force_from_the_prediction_to_one_second_before_the_end() {
        assertTrue(demotion.isInForceAt(predictedAt));
        assertTrue(demotion.isInForceAt(Instant.parse("2020-10-21T11:59:59Z")));
        assertTrue(demotion.isInForceAt(Instant.parse("2020-10-21T11:59:59.999999Z")));
    }

    @Test
    void has_lapsed_at_the_end_instant_itself() {
        assertFalse(demotion.isInForceAt(Instant.parse("2020-10-21T12:00:00Z")));
    }

    @Test
    void is_not_in_force_before_it_starts() {
        assertFalse(demotion.isInForceAt(predictedAt.minusSeconds(1)));
    }

    @Test
    void the_distribution_answer_is_half_during_the_window_and_full_after() {
        List<Demotion> demotions = List.of(demotion);
        DistributionAnswer during = Treatments.answer("i-1", ContentStatus.ACTIVE, null, demoted(demotions), Instant.parse("2020-10-21T11:59:59Z"));
        DistributionAnswer after = Treatments.answer("i-1", ContentStatus.ACTIVE, null, demoted(demotions), Instant.parse("2020-10-21T12:00:00Z"));
        assertEquals(0.5, during.multiplier());
        assertEquals(1, during.reasons().size());
        assertEquals(1.0, after.multiplier());
        assertTrue(after.reasons().isEmpty());
    }

    @Test
    void a_zero_duration_is_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> new TemporaryDemotionPolicy(new Multiplier(0.5), Duration.ZERO));
    }

    private static ItemTreatments demoted(List<Demotion> demotions) {
        return ItemTreatments.of(demotions, List.of(), List.of(), List.of());
    }
}
