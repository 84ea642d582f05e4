package org.veracity.domain.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.veracity.domain.TestItems;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentItem;

/** R6 eligibility, R7 leases and coverage, R7 effects. */
class FactCheckRulesTest {

    private final Instant now = Instant.parse("2020-10-14T12:00:00Z");

    @Test
    void politicians_and_campaigns_are_not_eligible() {
        ContentItem speech = TestItems.item("i", AuthorKind.POLITICIAN, 10, 1, now);
        assertEquals(1, Eligibility.problemsOf(speech, Optional.empty()).size());
        assertTrue(Eligibility.problemsOf(TestItems.item("i", AuthorKind.PERSON, 10, 1, now), Optional.empty()).isEmpty());
    }

    @Test
    void a_rated_or_not_eligible_item_is_not_eligible_again() {
        ContentItem item = TestItems.item("i", AuthorKind.PAGE, 10, 1, now);
        assertTrue(Eligibility.problemsOf(item, Optional.of(Verdict.FALSE)).get(0).contains("final rating"));
        assertTrue(Eligibility.problemsOf(item, Optional.of(Verdict.NOT_ELIGIBLE)).get(0).contains("not eligible"));
    }

    @Test
    void a_lapsed_lease_reads_as_queued_again() throws ReflectiveOperationException {
        QueueEntry entry = QueueEntry.enqueue(TestItems.item("i", AuthorKind.PERSON, 10, 1, now), EnqueueRoute.PREDICTED,
                1.0, now, "veracity", null, null, null);
        set(entry, "status", QueueStatus.CLAIMED);
        set(entry, "claimedBy", "frances");
        set(entry, "leaseUntil", now.plusSeconds(7200));
        assertEquals(QueueStatus.CLAIMED, entry.statusAt(now.plusSeconds(7199)));
        assertTrue(entry.isHeldBy("frances", now.plusSeconds(7199)));
        assertEquals(QueueStatus.QUEUED, entry.statusAt(now.plusSeconds(7200)));
        assertFalse(entry.isHeldBy("frances", now.plusSeconds(7200)));
    }

    @Test
    void a_partner_covers_items_in_its_languages_and_regions_only() {
        PartnerOrganisation partner = new PartnerOrganisation("P", List.of("en"), List.of("us", "gb"));
        assertTrue(partner.covers(TestItems.item("i", List.of(), "t", "US", "en-US")));
        assertFalse(partner.covers(TestItems.item("i", List.of(), "t", "DE", "en")));
        assertFalse(partner.covers(TestItems.item("i", List.of(), "t", "US", "es")));
    }

    @Test
    void verdict_effects_follow_the_design_defaults() {
        RatingEffects effects = new RatingEffects(0.2, 0.2, 0.5);
        assertEquals(0.2, effects.of(Verdict.FALSE).multiplier());
        assertTrue(effects.of(Verdict.ALTERED).adsRejected());
        assertEquals(0.5, effects.of(Verdict.PARTLY_FALSE).multiplier());
        assertFalse(effects.of(Verdict.MISSING_CONTEXT).demotes());
        assertTrue(effects.of(Verdict.MISSING_CONTEXT).labels());
        assertFalse(effects.of(Verdict.TRUE).demotes());
        assertFalse(effects.of(Verdict.TRUE).labels());
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
