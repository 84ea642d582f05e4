package org.veracity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.veracity.domain.coordination.CaseDecision;
import org.veracity.domain.coordination.CoordinationCase;

class DecidedTest {

    static final Instant T0 = Instant.parse("2026-11-03T09:00:00Z");

    @Test
    void a_decision_names_who_decided_and_when() {
        assertThrows(NullPointerException.class, () -> new Decided(null, T0, "why"));
        assertThrows(NullPointerException.class, () -> new Decided("erin", null, "why"));
        assertNull(new Decided("erin", T0, null).note(), "a decision may come without a note");
        assertEquals(new Decided("erin", T0, "organic"), new Decided("erin", T0, "organic"));
    }

    @Test
    void a_decided_case_refuses_a_second_decision_naming_the_first() {
        CoordinationCase c = new CoordinationCase("Vote on Wednesday!", T0);
        assertNull(c.getDecidedBy(), "an open case has no decision");
        c.decide(CaseDecision.DISMISS, "erin", T0.plusSeconds(60), "a popular quote", "coordinated-behaviour@v1");
        assertEquals("erin", c.getDecidedBy());
        assertEquals(T0.plusSeconds(60), c.getDecidedAt());
        assertEquals("a popular quote", c.getDecisionReason());
        assertEquals("case null was already decided (DISMISSED by erin at 2026-11-03T09:01:00Z)",
                c.whyCannotBeDecided());
        assertThrows(IllegalStateException.class,
                () -> c.decide(CaseDecision.LABEL, "fay", T0.plusSeconds(120), "no", "coordinated-behaviour@v1"));
        assertEquals("erin", c.getDecidedBy(), "the first decision stays");
    }
}
