package org.veracity.domain.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veracity.domain.factcheck.SizeBand;

class EscalationRulesTest {

    private static final ServiceLevels LEVELS = ServiceLevels.DEFAULT;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Escalation.Decision NO_VIOLATION = new Escalation.Decision(DecisionAction.NO_VIOLATION,
            "political-ads@v1", "the video shows no ad", List.of("army-1: no violation"), null);

    private static Escalation received(String id, SizeBand band, Instant at) {
        Escalation.Reporter reporter = band == SizeBand.PUBLIC
                ? new Escalation.Reporter(null, "someone@example.org", band, "someone@example.org")
                : new Escalation.Reporter((long) id.hashCode(), "campaign " + id, band, null);
        return Escalation.receive(id, "key-" + id, reporter, List.of("army-1"), "militarized-language-polling-places",
                "a video recruiting an army for election day", null, LEVELS, at);
    }

    @Test
    void theSlaClockRunsAroundTheClockToTheSecondAcrossADaylightSavingChange() {
        // Saturday 2026-03-07 21:30:15 in New York; clocks spring forward on Sunday 2026-03-08 at 02:00.
        Instant receivedAt = ZonedDateTime.of(LocalDateTime.of(2026, 3, 7, 21, 30, 15), NEW_YORK).toInstant();
        Escalation e = received("E-DST", SizeBand.LOCAL, receivedAt);

        assertEquals(Duration.ofHours(24), Duration.between(e.getReceivedAt(), e.getFirstResponseDue()));
        assertEquals(Duration.ofHours(72), Duration.between(e.getReceivedAt(), e.getDecisionDue()));
        // 24 elapsed hours end at 22:30:15 local time on Sunday: the wall clock lost the DST hour, the SLA did not.
        assertEquals(LocalDateTime.of(2026, 3, 8, 22, 30, 15), e.getFirstResponseDue().atZone(NEW_YORK).toLocalDateTime());
        assertEquals(LocalDateTime.of(2026, 3, 10, 22, 30, 15), e.getDecisionDue().atZone(NEW_YORK).toLocalDateTime());
    }

    @Test
    void theSlaClockDoesNotSkipAWeekendAndAFallBackChange() {
        // Friday 2026-10-30 18:00:00 in New York; Sunday 2026-11-01 02:00 falls back to 01:00.
        Instant receivedAt = ZonedDateTime.of(LocalDateTime.of(2026, 10, 30, 18, 0, 0), NEW_YORK).toInstant();
        Escalation e = received("E-WEEKEND", SizeBand.NATIONAL, receivedAt);

        assertEquals(LocalDateTime.of(2026, 10, 31, 18, 0, 0), e.getFirstResponseDue().atZone(NEW_YORK).toLocalDateTime());
        // 72 h later is Monday 17:00 on the wall clock, because Sunday had 25 hours.
        assertEquals(LocalDateTime.of(2026, 11, 2, 17, 0, 0), e.getDecisionDue().atZone(NEW_YORK).toLocalDateTime());
    }

    @Test
    void aFirstResponseOneSecondLateIsABreachAndOnTheSecondIsNot() {
        Instant t0 = Instant.parse("2026-11-02T10:00:00Z");
        Escalation onTime = received("E-ON-TIME", SizeBand.LOCAL, t0);
        Escalation late = received("E-LATE", SizeBand.LOCAL, t0);

        onTime.acknowledge(null, t0.plus(Duration.ofHours(24)));
        late.acknowledge(null, t0.plus(Duration.ofHours(24)).plusSeconds(1));

        assertFalse(onTime.firstResponseBreachedAt(t0.plus(Duration.ofDays(5))));
        assertTrue(late.firstResponseBreachedAt(t0.plus(Duration.ofDays(5))));
        Escalation waiting = received("E-WAIT", SizeBand.LOCAL, t0);
        assertFalse(waiting.firstResponseBreachedAt(t0.plus(Duration.ofHours(24))));
        assertTrue(waiting.firstResponseBreachedAt(t0.plus(Duration.ofHours(24)).plusSeconds(1)));
    }

    @Test
    void rowsAreDueSoonWithinTwoHoursOfTheirDueTime() {
        Instant due = Instant.parse("2026-11-03T10:00:00Z");
        assertFalse(LEVELS.dueSoon(due, due.minus(Duration.ofHours(2)).minusSeconds(1)));
        assertTrue(LEVELS.dueSoon(due, due.minus(Duration.ofHours(2))));
        assertTrue(LEVELS.dueSoon(due, due));
        assertFalse(LEVELS.dueSoon(due, due.plusSeconds(1)));
    }

    @Test
    void theQueueIsOrderedByDueTimeNeverByReporterSize() {
        Instant t0 = Instant.parse("2026-11-02T10:00:00Z");
        Escalation national = received("E-NATIONAL", SizeBand.NATIONAL, t0.plus(Duration.ofMinutes(30)));
        Escalation local = received("E-LOCAL", SizeBand.LOCAL, t0);
        Escalation publicReport = received("E-PUBLIC", SizeBand.PUBLIC, t0.plus(Duration.ofMinutes(10)));
        // Acknowledged: its next answer is the decision, due 72 h after receipt, so it goes behind the others.
        Escalation acknowledged = received("E-ACK", SizeBand.NATIONAL, t0.minus(Duration.ofHours(1)));
        acknowledged.acknowledge(null, t0);
        Escalation decided = received("E-DONE", SizeBand.NATIONAL, t0.minus(Duration.ofHours(5)));
        decided.decide(NO_VIOLATION, "sam", t0);

        List<Escalation> queue = TriageOrder.queue(List.of(national, decided, acknowledged, publicReport, local));

        assertEquals(List.of("E-LOCAL", "E-PUBLIC", "E-NATIONAL", "E-ACK"),
                queue.stream().map(Escalation::getTrackingId).toList());
    }

    @Test
    void equalDueTimesAreOrderedByReceiptThenTrackingIdNotBySize() {
        Instant t0 = Instant.parse("2026-11-02T10:00:00Z");
        Escalation national = received("E-A", SizeBand.NATIONAL, t0);
        Escalation local = received("E-B", SizeBand.LOCAL, t0);
        assertEquals(List.of("E-A", "E-B"), TriageOrder.queue(List.of(local, national)).stream()
                .map(Escalation::getTrackingId).toList());
    }

    @Test
    void aDecisionIsAppealedOnceAndTheAppealIsDecidedByAnotherSpecialist() {
        Instant t0 = Instant.parse("2026-11-02T10:00:00Z");
        Escalation e = received("E-APPEAL", SizeBand.LOCAL, t0);
        assertNotNull(e.whyNotAppeal(), "nothing to appeal before a decision");
        e.decide(NO_VIOLATION, "sam", t0.plus(Duration.ofHours(3)));

        e.appeal("the video was reposted in our district", LEVELS, t0.plus(Duration.ofHours(4)));
        assertEquals(EscalationStatus.APPEALED, e.getStatus());
        assertEquals(t0.plus(Duration.ofHours(76)), e.getAppealDecisionDue());
        assertEquals(e.getAppealDecisionDue(), e.nextDue());

        assertNotNull(e.whyNotDecide("sam"));
        assertThrows(IllegalStateException.class, () -> e.decide(NO_VIOLATION, "sam", t0.plus(Duration.ofHours(5))));
        assertNull(e.whyNotDecide("kim"));
        e.decide(new Escalation.Decision(DecisionAction.LABELLED, "inform-labels@v1", "labelled with voting information",
                List.of(), null), "kim", t0.plus(Duration.ofHours(6)));
        assertEquals(EscalationStatus.APPEAL_DECIDED, e.getStatus());
        assertEquals("sam", e.getFirstDecidedBy());
        assertEquals("kim", e.getDecidedBy());

        assertNotNull(e.whyNotAppeal());
        assertThrows(IllegalStateException.class, () -> e.appeal("again", LEVELS, t0.plus(Duration.ofHours(7))));
        // The published time to decision is the first decision's.
        assertEquals(Duration.ofHours(3), e.timeToDecision());
    }

    @Test
    void aMergedDuplicateIsDecidedWithTheEscalationItWasMergedInto() {
        Instant t0 = Instant.parse("2026-11-02T10:00:00Z");
        Escalation primary = received("E-PRIMARY", SizeBand.NATIONAL, t0);
        Escalation duplicate = received("E-DUP", SizeBand.LOCAL, t0.plusSeconds(60));
        assertNotNull(primary.whyNotMergeInto(primary));

        duplicate.mergeInto(primary, t0.plus(Duration.ofHours(1)));
        assertEquals(EscalationStatus.MERGED, duplicate.getStatus());
        assertEquals(Duration.ofHours(1).minusSeconds(60), duplicate.timeToFirstResponse());
        assertNotNull(duplicate.whyNotDecide("sam"));

        primary.decide(NO_VIOLATION, "sam", t0.plus(Duration.ofHours(2)));
        duplicate.decideWith(primary, t0.plus(Duration.ofHours(2)));
        assertEquals(EscalationStatus.DECIDED, duplicate.getStatus());
        assertEquals(NO_VIOLATION, duplicate.decision());
    }

    @Test
    void theStatusLinkOpensOnlyWithItsSecret() {
        Escalation e = received("E-KEY", SizeBand.PUBLIC, Instant.parse("2026-11-02T10:00:00Z"));
        assertTrue(e.opensWith("key-E-KEY"));
        assertFalse(e.opensWith("key-E-KEZ"));
        assertFalse(e.opensWith(null));
    }

    @Test
    void figuresArePerIsoWeekAndSizeBandWithMedianAndP90() {
        Instant monday = Instant.parse("2026-11-02T10:00:00Z");
        Escalation a = received("E-1", SizeBand.LOCAL, monday);
        Escalation b = received("E-2", SizeBand.LOCAL, monday);
        Escalation c = received("E-3", SizeBand.NATIONAL, monday);
        a.acknowledge(null, monday.plus(Duration.ofHours(1)));
        b.acknowledge(null, monday.plus(Duration.ofHours(30)));
        c.decide(NO_VIOLATION, "sam", monday.plus(Duration.ofHours(2)));

        List<ServiceLevelFigures.Row> rows = ServiceLevelFigures.of(List.of(a, b, c), monday.plus(Duration.ofDays(4)));

        assertEquals(2, rows.size());
        ServiceLevelFigures.Row local = rows.stream().filter(r -> r.band() == SizeBand.LOCAL).findFirst().orElseThrow();
        assertEquals("2026-W45", local.week());
        assertEquals(2, local.received());
        assertEquals(Duration.ofHours(1), local.medianFirstResponse());
        assertEquals(Duration.ofHours(30), local.p90FirstResponse());
        assertEquals(0.5, local.firstResponseWithinSla());
        assertEquals(0.0, local.decisionWithinSla());
        ServiceLevelFigures.Row national = rows.stream().filter(r -> r.band() == SizeBand.NATIONAL).findFirst().orElseThrow();
        assertEquals(Duration.ofHours(2), national.medianDecision());
        assertEquals(1.0, national.decisionWithinSla());
        assertEquals(1, national.outcomes().get(DecisionAction.NO_VIOLATION));
    }

    @Test
    void aProposedPolicyChangeIsLinkedOnceToTheNextVersionOfThatPolicy() {
        Instant t0 = Instant.parse("2020-10-01T10:00:00Z");
        Escalation e = received("E-GAP", SizeBand.NATIONAL, t0);
        assertThrows(IllegalArgumentException.class, () -> new Escalation.Decision(DecisionAction.NO_VIOLATION,
                "x@v1", "r", List.of(), "a proposal needs a policy gap"));
        e.decide(new Escalation.Decision(DecisionAction.NOT_COVERED, "militarized-language-polling-places@v1",
                "The policy did not cover this case.", List.of(), "cover recruitment videos"), "sam", t0.plusSeconds(60));

        assertFalse(e.linkProposalTo("political-ads", "political-ads@v2", t0.plusSeconds(120)));
        assertTrue(e.linkProposalTo("militarized-language-polling-places", "militarized-language-polling-places@v2",
                t0.plusSeconds(120)));
        assertFalse(e.linkProposalTo("militarized-language-polling-places", "militarized-language-polling-places@v3",
                t0.plusSeconds(180)));
        assertEquals("militarized-language-polling-places@v2", e.getProposalLinkedVersion());
    }
}
