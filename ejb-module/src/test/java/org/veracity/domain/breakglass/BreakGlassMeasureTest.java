package org.veracity.domain.breakglass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veracity.domain.importance.IssueOfImportance;

class BreakGlassMeasureTest {

    static final Instant T0 = Instant.parse("2020-10-01T12:00:00Z");

    static BreakGlassMeasure measure() {
        IssueOfImportance issue = new IssueOfImportance("US 2020 general election", List.of("us"), List.of("voting"),
                List.of("ballot"), Instant.parse("2020-09-01T00:00:00Z"), null);
        return new BreakGlassMeasure("RFH for political content", "blocks new versions", issue,
                "repeatedly-fact-checked-hoaxes", "pat", T0.minusSeconds(86_400));
    }

    @Test
    void a_prepared_measure_is_inactive() {
        assertFalse(measure().isActive());
        assertNull(measure().getActiveSince());
    }

    @Test
    void activation_records_who_when_and_why_and_a_second_activation_changes_nothing() {
        BreakGlassMeasure m = measure();
        BreakGlassActivation a = m.activate("lead", T0, "election period").orElseThrow();
        assertTrue(m.isActive());
        assertEquals(T0, m.getActiveSince());
        assertEquals("lead", a.getActivatedBy());
        assertTrue(a.isOpen());
        assertTrue(m.activate("lead", T0.plusSeconds(60), "again").isEmpty());
        assertEquals(T0, m.getActiveSince());
    }

    @Test
    void deactivation_closes_the_open_activation_and_keeps_it_as_history() {
        BreakGlassMeasure m = measure();
        BreakGlassActivation a = m.activate("lead", T0, "election period").orElseThrow();
        assertTrue(m.deactivate(a, "lead2", T0.plusSeconds(3600), "results certified"));
        assertFalse(m.isActive());
        assertFalse(a.isOpen());
        assertEquals("lead2", a.getDeactivatedBy());
        assertEquals(T0.plusSeconds(3600), a.getDeactivatedAt());
        assertFalse(m.deactivate(a, "lead2", T0.plusSeconds(7200), "twice"));
    }
}
