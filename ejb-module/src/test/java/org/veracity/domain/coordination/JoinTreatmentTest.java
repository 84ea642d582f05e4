package org.veracity.domain.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** R18: what a post joining an already decided coordination case receives. */
class JoinTreatmentTest {

    @Test
    void a_post_joining_a_labelled_case_is_labelled_at_once() {
        assertEquals(JoinTreatment.LABEL, JoinTreatment.of(CaseStatus.LABELLED, true, false, false));
        assertTrue(JoinTreatment.LABEL.labels());
    }

    @Test
    void a_new_account_joining_a_suspended_case_is_labelled_and_left_for_a_specialist_not_suspended_by_itself() {
        JoinTreatment t = JoinTreatment.of(CaseStatus.SUSPENDED, true, false, false);
        assertEquals(JoinTreatment.LABEL_AWAITING_SUSPENSION, t);
        assertTrue(t.labels());
        assertTrue(t.describe().contains("awaits a specialist"), t.describe());
    }

    @Test
    void an_account_already_suspended_joining_a_suspended_case_awaits_nothing_more() {
        assertEquals(JoinTreatment.LABEL, JoinTreatment.of(CaseStatus.SUSPENDED, true, true, false));
    }

    @Test
    void a_dismissed_or_still_open_case_gives_its_new_posts_nothing() {
        assertEquals(JoinTreatment.NOTHING, JoinTreatment.of(CaseStatus.DISMISSED, true, false, true));
        assertEquals(JoinTreatment.NOTHING, JoinTreatment.of(CaseStatus.OPEN, true, false, true));
        assertFalse(JoinTreatment.NOTHING.labels());
    }

    @Test
    void a_case_asked_to_disclose_asks_only_a_registered_paid_posters_undisclosed_post() {
        assertEquals(JoinTreatment.ASK_DISCLOSURE, JoinTreatment.of(CaseStatus.DISCLOSURE_REQUESTED, true, false, true));
        // no recorded sponsorship covers the account (or it disclosed, or was asked already): a payment is never assumed
        assertEquals(JoinTreatment.NOTHING, JoinTreatment.of(CaseStatus.DISCLOSURE_REQUESTED, true, false, false));
    }

    @Test
    void a_post_that_does_not_circulate_receives_nothing_whatever_the_decision() {
        for (CaseStatus status : CaseStatus.values()) {
            assertEquals(JoinTreatment.NOTHING, JoinTreatment.of(status, false, false, true), status.name());
        }
    }
}
