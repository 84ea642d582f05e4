package org.veracity.domain.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.demotion.DemotionKind;
import org.veracity.domain.factcheck.Verdict;
import org.veracity.domain.offender.RepeatOffender.SubjectKind;
import org.veracity.domain.sponsorship.DisclosureStatus;

class ItemProjectionTest {

    private static final Instant T = Instant.parse("2026-05-01T12:00:00Z");
    private static final DemotionTerm WEEK = new DemotionTerm(DemotionKind.values()[0], 0.5, T, T.plusSeconds(604_800),
            null, "pending", "temporary-demotion@v1");
    private static final PenaltyTerm AUTHOR = new PenaltyTerm(SubjectKind.AUTHOR, "a-1", 0.5, T, T.plusSeconds(3_600), "v8");
    private static final PenaltyTerm DOMAIN = new PenaltyTerm(SubjectKind.DOMAIN, "hoax.example", 0.3, T,
            T.plusSeconds(7_200), "v8");

    @Test
    void theAnswerHoldsEveryWindowToItsSecond() {
        ItemProjection p = item(ContentStatus.ACTIVE, null);
        PenaltyBook book = new PenaltyBook(List.of(AUTHOR, DOMAIN));
        assertEquals(0.5 * 0.5 * 0.3, p.answer(book, T).multiplier(), 1e-12);
        assertEquals(0.5 * 0.3, p.answer(book, T.plusSeconds(3_600)).multiplier(), 1e-12, "the author's penalty is over");
        assertEquals(0.5, p.answer(book, T.plusSeconds(7_200)).multiplier(), 1e-12);
        assertEquals(1.0, p.answer(book, T.plusSeconds(604_800)).multiplier(), 1e-12, "lapsed at exactly seven days");
        assertFalse(p.answer(book, T.plusSeconds(604_800)).adsAllowed(), "still rated False");
    }

    @Test
    void anotherAuthorsPenaltyDoesNotReachTheItem() {
        PenaltyBook book = new PenaltyBook(List.of(new PenaltyTerm(SubjectKind.AUTHOR, "a-2", 0.5, T, T.plusSeconds(60), null),
                new PenaltyTerm(SubjectKind.DOMAIN, "a-1", 0.5, T, T.plusSeconds(60), null)));
        assertEquals(List.of(), book.of("a-1", "other.example"), "an author's name is not a domain's");
        assertEquals(0.5, item(ContentStatus.ACTIVE, null).answer(book, T).multiplier(), 1e-12);
    }

    @Test
    void anOpenDisclosureRequestRemovesAnActivePostAtItsDeadlineButNotABlockedOne() {
        DisclosureTerm request = new DisclosureTerm(DisclosureStatus.OPEN, T.plusSeconds(60), "Campaign A", "v17");
        ItemProjection active = item(ContentStatus.ACTIVE, request);
        assertEquals(0.5, active.answer(PenaltyBook.EMPTY, T.plusSeconds(59)).multiplier(), 1e-12);
        assertEquals(0.0, active.answer(PenaltyBook.EMPTY, T.plusSeconds(60)).multiplier(), 1e-12);
        assertTrue(active.answer(PenaltyBook.EMPTY, T.plusSeconds(60)).reasons().get(0).startsWith("REMOVED: no sponsorship"));
        ItemProjection blocked = item(ContentStatus.BLOCKED, request);
        assertTrue(blocked.answer(PenaltyBook.EMPTY, T.plusSeconds(60)).reasons().get(0).startsWith("BLOCKED"));
    }

    @Test
    void withoutLapsedDropsWhatTheDatabaseWouldNoLongerRead() {
        ItemProjection p = item(ContentStatus.ACTIVE, null);
        assertEquals(p, p.withoutLapsed(T.plusSeconds(604_799)));
        assertEquals(List.of(), p.withoutLapsed(T.plusSeconds(604_800)).demotions());
        PenaltyBook book = new PenaltyBook(List.of(AUTHOR, DOMAIN));
        assertEquals(new PenaltyBook(List.of(DOMAIN)), book.withoutLapsed(T.plusSeconds(3_600)));
    }

    private static ItemProjection item(ContentStatus status, DisclosureTerm disclosure) {
        return new ItemProjection(1, "p-1", status, status == ContentStatus.ACTIVE ? null : "hoax (v10)", "a-1",
                "hoax.example", List.of(WEEK), List.of(), List.of(Verdict.FALSE), disclosure);
    }
}
