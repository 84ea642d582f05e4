package org.veracity.domain.transparency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veracity.domain.factcheck.Verdict;

class TransparencyRulesTest {

    @Test
    void weeks_are_iso_weeks_in_utc_including_the_week_based_year_at_new_year() {
        assertEquals("2026-W49", IsoWeek.of(Instant.parse("2026-12-04T03:00:00Z")));
        assertEquals("2026-W53", IsoWeek.of(Instant.parse("2027-01-01T12:00:00Z")), "1 Jan 2027 is in 2026's week 53");
        assertEquals("2025-W01", IsoWeek.of(Instant.parse("2024-12-30T00:00:00Z")), "30 Dec 2024 is in 2025's week 1");
        assertEquals("2026-W49", IsoWeek.of(Instant.parse("2026-12-06T23:59:59Z")), "Sunday night UTC ends the week");
        assertEquals("2026-W50", IsoWeek.of(Instant.parse("2026-12-07T00:00:00Z")));
    }

    @Test
    void an_enforcement_cites_a_policy_and_acts_on_a_post_an_account_or_a_group_whatever_its_action() {
        assertTrue(EnforcementEvents.counts("CONTENT", "REMOVED", "voter-interference@v1"));
        assertTrue(EnforcementEvents.counts("CONTENT", "AD_REJECTED", "political-ads@v1"), "new actions count at once");
        assertTrue(EnforcementEvents.counts("ACCOUNT", "ACCOUNT_SUSPENDED", "coordinated-behaviour@v1"));
        assertFalse(EnforcementEvents.counts("CONTENT", "REMOVED", null), "no cited policy, no enforcement");
        assertFalse(EnforcementEvents.counts("POLICY", "POLICY_VERSION_PUBLISHED", "x@v2"), "publishing acts on nothing");
        assertFalse(EnforcementEvents.counts("CONTENT", "POSSIBLE_COPY_OFFERED", "fact-check@v1"));
        assertEquals("ZZ", EnforcementEvents.region(null));
        assertEquals("US", EnforcementEvents.region("US"));
    }

    @Test
    void verdicts_map_onto_a_one_to_five_rating_with_their_own_words() {
        assertEquals(new ClaimReviewRating(1, "False"), ClaimReviewRating.of(Verdict.FALSE));
        assertEquals(new ClaimReviewRating(2, "Partly false"), ClaimReviewRating.of(Verdict.PARTLY_FALSE));
        assertEquals(new ClaimReviewRating(5, "True"), ClaimReviewRating.of(Verdict.TRUE));
        for (Verdict v : Verdict.values()) {
            if (ClaimReviewRating.isPublished(v)) {
                int value = ClaimReviewRating.of(v).ratingValue();
                assertTrue(value >= ClaimReviewRating.WORST && value <= ClaimReviewRating.BEST, v.name());
            }
        }
        assertFalse(ClaimReviewRating.isPublished(Verdict.NOT_ELIGIBLE));
        assertThrows(IllegalArgumentException.class, () -> ClaimReviewRating.of(Verdict.NOT_ELIGIBLE));
    }

    @Test
    void the_median_time_to_rating_is_the_middle_duration_or_the_mean_of_the_middle_two() {
        assertTrue(Median.hours(List.of()).isEmpty());
        assertEquals(2.0, Median.hours(List.of(Duration.ofHours(5), Duration.ofHours(1), Duration.ofHours(2)))
                .getAsDouble());
        assertEquals(1.5, Median.hours(List.of(Duration.ofHours(1), Duration.ofHours(2))).getAsDouble());
    }
}
