package org.veracity.domain.distribution;

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
import org.veracity.domain.demotion.Demotion;
import org.veracity.domain.demotion.DemotionKind;
import org.veracity.domain.demotion.Multiplier;
import org.veracity.domain.demotion.TemporaryDemotionPolicy;
import org.veracity.domain.factcheck.Verdict;
import org.veracity.domain.label.Label;
import org.veracity.domain.offender.RepeatOffender;

class TreatmentsTest {

    private final Instant now = Instant.parse("2020-10-15T00:00:00Z");
    private final ContentItem item = TestItems.item("i-1", AuthorKind.PERSON, 100, 1, now.minusSeconds(7200));

    @Test
    void demotions_in_force_multiply() {
        TemporaryDemotionPolicy half = new TemporaryDemotionPolicy(new Multiplier(0.5), Duration.ofDays(7));
        TemporaryDemotionPolicy fifth = new TemporaryDemotionPolicy(new Multiplier(0.2), Duration.ofDays(7));
        DistributionAnswer answer = Treatments.answer("i-1", ContentStatus.ACTIVE, null,
                demoted(List.of(half.demote(item, now.minusSeconds(60), "x", "a@v1"), fifth.demote(item, now.minusSeconds(60), "y", "b@v1"))),
                now);
        assertEquals(0.1, answer.multiplier(), 1e-12);
        assertEquals(2, answer.reasons().size());
    }

    @Test
    void removed_content_answers_zero_and_is_neither_recommendable_nor_monetisable() {
        DistributionAnswer answer = Treatments.answer("i-1", ContentStatus.REMOVED, null, demoted(List.of()), now);
        assertEquals(0.0, answer.multiplier());
        assertFalse(answer.recommendable());
        assertFalse(answer.adsAllowed());
        assertEquals(List.of("REMOVED"), answer.reasons());
    }

    @Test
    void a_blocked_item_says_why_and_which_policy_version() {
        item.block("new version of RFH entry #7 (similarity 0.91)", "repeatedly-fact-checked-hoaxes@v1", now);
        DistributionAnswer answer = Treatments.answer(item, demoted(List.of()), now);
        assertEquals(0.0, answer.multiplier());
        assertEquals(List.of("BLOCKED: new version of RFH entry #7 (similarity 0.91) (repeatedly-fact-checked-hoaxes@v1)"),
                answer.reasons());
    }

    @Test
    void a_covid_hoax_is_hard_demoted_without_ads_but_stays_recommendable() {
        Demotion covid = Demotion.forTopicHoax(item, DemotionKind.COVID_19_HOAX, new Multiplier(0.1), now, "5G", "covid-19-hoaxes@v1");
        DistributionAnswer answer = Treatments.answer(item, demoted(List.of(covid)), now);
        assertEquals(0.1, answer.multiplier(), 1e-12);
        assertFalse(answer.adsAllowed());
        assertTrue(answer.recommendable());
    }

    @Test
    void a_vaccine_hoax_is_also_left_out_of_recommendations() {
        Demotion vaccine = Demotion.forTopicHoax(item, DemotionKind.VACCINE_HOAX, new Multiplier(0.1), now, "x", "vaccine-hoaxes@v1");
        DistributionAnswer answer = Treatments.answer(item, demoted(List.of(vaccine)), now);
        assertEquals(0.1, answer.multiplier(), 1e-12);
        assertFalse(answer.adsAllowed());
        assertFalse(answer.recommendable());
        assertTrue(answer.reasons().contains("not recommendable: vaccine hoax"), answer.reasons().toString());
    }

    @Test
    void a_repeat_offender_in_force_demotes_and_rejects_ads_until_its_end() {
        RepeatOffender offender = new RepeatOffender(RepeatOffender.SubjectKind.AUTHOR, "author-1", now.minusSeconds(10),
                now.plusSeconds(10), 0.5, "two false ratings", "repeat-offenders@v1");
        ItemTreatments t = ItemTreatments.of(List.of(), List.of(), List.of(offender), List.of());
        DistributionAnswer during = Treatments.answer("i-1", ContentStatus.ACTIVE, null, t, now);
        assertEquals(0.5, during.multiplier());
        assertFalse(during.adsAllowed());
        DistributionAnswer after = Treatments.answer("i-1", ContentStatus.ACTIVE, null, t, now.plusSeconds(10));
        assertEquals(1.0, after.multiplier());
        assertTrue(after.adsAllowed());
    }

    @Test
    void a_current_false_rating_rejects_ads_and_its_label_is_shown() {
        Label warning = new Label(item, "WARNING", "False information.", "https://factcheck.example/a", now, 1L, null);
        ItemTreatments t = ItemTreatments.of(List.of(), List.of(warning), List.of(), List.of(Verdict.FALSE));
        DistributionAnswer answer = Treatments.answer("i-1", ContentStatus.ACTIVE, null, t, now);
        assertFalse(answer.adsAllowed());
        assertEquals("https://factcheck.example/a", answer.labels().get(0).url());
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

    private static ItemTreatments demoted(List<Demotion> demotions) {
        return ItemTreatments.of(demotions, List.of(), List.of(), List.of());
    }
}
