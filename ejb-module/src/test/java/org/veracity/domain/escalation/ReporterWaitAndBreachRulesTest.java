package org.veracity.domain.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veracity.domain.factcheck.SizeBand;

/** R20: the decision clock stops while the reporter is asked for information; breaches are recorded once. */
class ReporterWaitAndBreachRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    private static final Escalation.Decision NO_VIOLATION = new Escalation.Decision(DecisionAction.NO_VIOLATION,
            "militarized-language-polling-places@v1", "no call to intimidate voters", List.of(), null);

    private static Escalation received() {
        return Escalation.receive("ESC-WAIT", "key", new Escalation.Reporter(7L, "Local campaign", SizeBand.LOCAL, null),
                List.of("army-1"), "militarized-language-polling-places", "an army video", null, ServiceLevels.DEFAULT, T0);
    }

    private static Instant at(long hours, long seconds) {
        return T0.plus(Duration.ofHours(hours)).plusSeconds(seconds);
    }

    @Test
    void theDecisionDueMovesLaterByExactlyTheTimeTheReporterTookToAnswer() {
        Escalation e = received();
        e.requestInformation("Which polling places does the video name?", at(10, 0));
        // The reporter answers 30 h 0 min 7 s later.
        e.supplyInformation("Precincts 4 and 9 in the county seat", List.of("army-2"), at(40, 7));

        assertEquals(at(72 + 30, 7), e.getDecisionDue());
        assertEquals(EscalationStatus.INFORMATION_SUPPLIED, e.getStatus());
        assertEquals(List.of("army-1", "army-2"), e.getItems());
        assertNull(e.getInformationRequestedAt());
        assertEquals("Precincts 4 and 9 in the county seat (items added: army-2)",
                e.getHistory().get(e.getHistory().size() - 1).getNote());
        assertEquals(Escalation.BY_REPORTER, e.getHistory().get(e.getHistory().size() - 1).getBy());
    }

    @Test
    void noDecisionBreachWhileWaitingForTheReporterEvenLongAfterTheOriginalDueTime() {
        Escalation e = received();
        e.acknowledge(null, at(1, 0));
        e.requestInformation("Which polling places?", at(70, 0));
        assertTrue(e.unrecordedBreachesAt(at(500, 0)).isEmpty(), "the reporter's wait is not Veracity's breach");
        assertFalse(e.decisionBreachedAt(at(500, 0)));

        // Answered at 100 h: 30 h waited, due 72 h + 30 h = 102 h. On the second is in time, one second later is not.
        e.supplyInformation("Precincts 4 and 9", List.of(), at(100, 0));
        assertEquals(at(102, 0), e.getDecisionDue());
        assertTrue(e.unrecordedBreachesAt(at(102, 0)).isEmpty());
        assertEquals(List.of(SlaBreach.DECISION), e.unrecordedBreachesAt(at(102, 1)));
    }

    @Test
    void aWaitThatBeginsAfterTheDecisionWasDueDoesNotUndoTheBreach() {
        Escalation e = received();
        e.acknowledge(null, at(1, 0));
        e.requestInformation("Which polling places?", at(72, 1));
        assertEquals(List.of(SlaBreach.DECISION), e.unrecordedBreachesAt(at(72, 2)));
    }

    @Test
    void aDecisionWithoutTheAnswerEndsTheWaitAndIsInTimeIfTheClockHadTimeLeft() {
        Escalation e = received();
        e.requestInformation("Which polling places?", at(71, 0));
        e.decide(NO_VIOLATION, "spec-1", at(200, 0));
        assertEquals(at(72 + 129, 0), e.getDecisionDue());
        assertFalse(e.decisionBreachedAt(at(300, 0)));
        // Published time to decision is Veracity's: 200 h minus the 129 h waited.
        assertEquals(Duration.ofHours(71), e.timeToDecision());
    }

    @Test
    void theFirstResponseIsMetByTheRequestAndItsBreachIsDecidedToTheSecond() {
        Escalation e = received();
        assertTrue(e.unrecordedBreachesAt(at(24, 0)).isEmpty(), "due at 24:00:00, not late on the second");
        assertEquals(List.of(SlaBreach.FIRST_RESPONSE), e.unrecordedBreachesAt(at(24, 1)));
        Escalation asked = received();
        asked.requestInformation("Which polling places?", at(23, 3599));
        assertTrue(asked.unrecordedBreachesAt(at(60, 0)).isEmpty(), "the request was the first response, in time");
    }

    @Test
    void aBreachIsRecordedOnceAndALateAnswerStillCountsAfterTheAnswerCame() {
        Escalation e = received();
        // Acknowledged one second late; the sweep only runs afterwards: the breach is still recorded.
        e.acknowledge(null, at(24, 1));
        assertEquals(List.of(SlaBreach.FIRST_RESPONSE), e.unrecordedBreachesAt(at(25, 0)));
        assertTrue(e.recordBreach(SlaBreach.FIRST_RESPONSE, at(25, 0)));
        assertFalse(e.recordBreach(SlaBreach.FIRST_RESPONSE, at(25, 1)), "a second sweep records nothing");
        assertEquals(at(25, 0), e.getFirstResponseBreachedAt());
        assertTrue(e.unrecordedBreachesAt(at(26, 0)).isEmpty());
    }

    @Test
    void answeringWhenNothingWasAskedIsRefusedAndAnAnsweredQuestionIsNotAnsweredTwice() {
        Escalation e = received();
        assertEquals("no information was asked for on escalation ESC-WAIT (it is RECEIVED); answer only when a"
                + " specialist asks", e.whyNotSupplyInformation());
        assertThrows(IllegalStateException.class, () -> e.supplyInformation("x", List.of(), at(1, 0)));
        e.requestInformation("Which polling places?", at(2, 0));
        e.supplyInformation("Precinct 4", List.of(), at(3, 0));
        assertThrows(IllegalStateException.class, () -> e.supplyInformation("again", List.of(), at(3, 1)));
    }

    @Test
    void anAppealAskedForInformationStaysAnAppealDecidedByAnotherSpecialistWithItsOwnClockPaused() {
        Escalation e = received();
        e.decide(NO_VIOLATION, "spec-1", at(5, 0));
        e.appeal("reposted with a call to bring weapons", ServiceLevels.DEFAULT, at(6, 0));
        e.requestInformation("Where was it reposted?", at(7, 0));
        assertTrue(e.whyNotDecide("spec-1").contains("another specialist"), "the first decider may not decide it");
        e.supplyInformation("On the county group", List.of(), at(17, 0));
        assertEquals(EscalationStatus.APPEALED, e.getStatus());
        assertEquals(at(6 + 72 + 10, 0), e.getAppealDecisionDue());
        assertEquals(at(72, 0), e.getDecisionDue(), "the first decision's clock is closed");
        assertNull(e.whyNotDecide("spec-2"));
    }

    @Test
    void theDecisionRuleToTheSecondWhileRunningWaitingAndDecided() {
        Instant due = at(72, 0);
        assertFalse(ServiceLevels.decisionBreached(due, null, null, due), "on the second: in time");
        assertTrue(ServiceLevels.decisionBreached(due, null, null, due.plusSeconds(1)));
        assertFalse(ServiceLevels.decisionBreached(due, due, null, at(1000, 0)), "waiting since the due second");
        assertTrue(ServiceLevels.decisionBreached(due, due.plusSeconds(1), null, at(1000, 0)), "asked a second late");
        assertFalse(ServiceLevels.decisionBreached(due, null, due, at(1000, 0)), "decided on the second");
        assertTrue(ServiceLevels.decisionBreached(due, null, due.plusSeconds(1), at(1000, 0)));
        assertFalse(ServiceLevels.firstResponseBreached(at(24, 0), at(24, 0), at(99, 0)));
        assertTrue(ServiceLevels.firstResponseBreached(at(24, 0), null, at(24, 1)));
    }

    @Test
    void theWaitRulesHoldWhenTheClockWasSetBack() {
        assertEquals(Duration.ZERO, ServiceLevels.waited(at(5, 0), at(4, 0)));
        assertEquals(at(72, 0), ServiceLevels.dueAfterWait(at(72, 0), at(5, 0), at(4, 0)));
    }
}
