package org.veracity.domain.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veracity.domain.TestItems;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.demotion.Multiplier;
import org.veracity.domain.demotion.TemporaryDemotionPolicy;

class TreatmentsTest {

    private final Instant now = Instant.parse("2020-10-15T00:00:00Z");
    private final ContentItem item = TestItems.item("i-1", AuthorKind.PERSON, 100, 1, now.minusSeconds(7200));

    @Test
    void demotions_in_force_multiply() {
        TemporaryDemotionPolicy half = new TemporaryDemotionPolicy(new Multiplier(0.5), Duration.ofDays(7), "a@v1");
        TemporaryDemotionPolicy fifth = new TemporaryDemotionPolicy(new Multiplier(0.2), Duration.ofDays(7), "b@v1");
        DistributionAnswer answer = Treatments.answer("i-1", ContentStatus.ACTIVE,
                List.of(half.demote(item, now.minusSeconds(60), "x"), fifth.demote(item, now.minusSeconds(60), "y")), now);
        assertEquals(0.1, answer.multiplier(), 1e-12);
        assertEquals(2, answer.reasons().size());
    }

    @Test
    void removed_content_answers_zero_and_is_neither_recommendable_nor_monetisable() {
        DistributionAnswer answer = Treatments.answer("i-1", ContentStatus.REMOVED, List.of(), now);
        assertEquals(0.0, answer.multiplier());
        assertFalse(answer.recommendable());
        assertFalse(answer.adsAllowed());
        assertEquals(List.of("removed"), answer.reasons());
    }

    @Test
    void unknown_items_answer_one() {
        assertEquals(1.0, DistributionAnswer.unknown("x").multiplier());
    }

    @Test
    void a_multiplier_outside_zero_to_one_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new Multiplier(1.01));
        assertThrows(IllegalArgumentException.class, () -> new Multiplier(-0.1));
    }
}
