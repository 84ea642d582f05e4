package org.veracity.domain.rfh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veracity.domain.breakglass.BreakGlassMeasure;
import org.veracity.domain.importance.IssueOfImportance;

class RfhEntryTest {

    static final Instant T0 = Instant.parse("2020-10-01T12:00:00Z");

    final BreakGlassMeasure measure = new BreakGlassMeasure("RFH US 2020", "blocks", new IssueOfImportance(
            "US 2020", List.of("us"), List.of("voting"), List.of(), T0.minusSeconds(864_000), null),
            "repeatedly-fact-checked-hoaxes", "pat", T0);

    RfhEntry nominatedBy(String specialist) {
        return new RfhEntry("Democrats are planning to use millions of fraudulent ballots", measure,
                "item-1 rated FALSE", 2_500_000, Severity.HIGH, "undermines trust in the election",
                List.of("item-1"), List.of("Democrats are planning to use millions of fraudulent ballots"), List.of(),
                List.of(), specialist, T0);
    }

    @Test
    void nobody_approves_or_rejects_their_own_nomination() {
        RfhEntry entry = nominatedBy("dana");
        String why = entry.whyCannotBeDecidedBy("dana").orElseThrow();
        assertTrue(why.contains("two-person rule"), why);
        assertThrows(IllegalStateException.class, () -> entry.approve("dana", T0, "mine"));
        assertThrows(IllegalStateException.class, () -> entry.reject("dana", T0, "mine"));
        assertEquals(RfhStatus.NOMINATED, entry.getStatus());
    }

    @Test
    void another_policy_lead_approves_once_and_the_decision_is_final() {
        RfhEntry entry = nominatedBy("dana");
        assertTrue(entry.whyCannotBeDecidedBy("erin").isEmpty());
        entry.approve("erin", T0.plusSeconds(60), "viral and severe");
        assertEquals(RfhStatus.APPROVED, entry.getStatus());
        assertEquals("erin", entry.getDecidedBy());
        assertTrue(entry.whyCannotBeDecidedBy("fay").isPresent(), "an approved entry is not decided again");
    }

    @Test
    void an_approved_entry_is_enforced_only_while_its_measure_is_active() {
        RfhEntry entry = nominatedBy("dana");
        entry.approve("erin", T0, null);
        assertFalse(entry.isEnforced());
        measure.activate("erin", T0, "election");
        assertTrue(entry.isEnforced());
    }

    @Test
    void only_an_approved_entry_is_retired_and_a_retired_entry_stops_being_enforced() {
        RfhEntry entry = nominatedBy("dana");
        assertTrue(entry.whyCannotBeRetired().isPresent());
        entry.approve("erin", T0, null);
        measure.activate("erin", T0, "election");
        entry.retire("erin", T0.plusSeconds(3600), "debunked claim no longer circulates");
        assertEquals(RfhStatus.RETIRED, entry.getStatus());
        assertFalse(entry.isEnforced());
        assertThrows(IllegalStateException.class, () -> entry.retire("erin", T0, "twice"));
    }

    @Test
    void a_rejected_nomination_never_matches() {
        RfhEntry entry = nominatedBy("dana");
        entry.reject("erin", T0, "not severe enough");
        measure.activate("erin", T0, "election");
        assertFalse(entry.isEnforced());
        assertEquals(RfhStatus.REJECTED, entry.getStatus());
    }

    @Test
    void only_high_and_critical_hoaxes_qualify() {
        assertFalse(Severity.LOW.qualifies());
        assertFalse(Severity.MEDIUM.qualifies());
        assertTrue(Severity.HIGH.qualifies());
        assertTrue(Severity.CRITICAL.qualifies());
    }
}
