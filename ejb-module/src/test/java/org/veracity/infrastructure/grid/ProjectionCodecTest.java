package org.veracity.infrastructure.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.demotion.DemotionKind;
import org.veracity.domain.distribution.DemotionTerm;
import org.veracity.domain.distribution.DisclosureTerm;
import org.veracity.domain.distribution.ItemProjection;
import org.veracity.domain.distribution.LabelTerm;
import org.veracity.domain.distribution.PenaltyBook;
import org.veracity.domain.distribution.PenaltyTerm;
import org.veracity.domain.factcheck.Verdict;
import org.veracity.domain.offender.RepeatOffender.SubjectKind;
import org.veracity.domain.sponsorship.DisclosureStatus;

class ProjectionCodecTest {

    private static final Instant T = Instant.parse("2026-03-01T10:15:30.123456Z");

    @Test
    void anItemWithEveryTreatmentComesBackEqualWithItsStamp() {
        ItemProjection item = new ItemProjection(42, "post-ü-1", ContentStatus.ACTIVE, null, "author-1", "example.org",
                List.of(new DemotionTerm(DemotionKind.values()[0], 0.5, T, T.plusSeconds(604_800), null, "pending", "v3"),
                        new DemotionTerm(DemotionKind.values()[1], 0.2, T, null, T.plusSeconds(5), "rated", null)),
                List.of(new LabelTerm("FALSE_INFORMATION", "Rated False", "https://x.test/r", T, null)),
                List.of(Verdict.FALSE, Verdict.MISSING_CONTEXT),
                new DisclosureTerm(DisclosureStatus.OPEN, T.plusSeconds(86_400), "Campaign \"A\"", "v7"));

        byte[] bytes = ProjectionCodec.encode(1L << 40, item);

        assertEquals(item, ProjectionCodec.decodeItem(bytes));
        assertEquals(1L << 40, ProjectionCodec.stampOf(bytes));
    }

    @Test
    void aBlockedItemWithNothingElseComesBackEqual() {
        ItemProjection item = new ItemProjection(7, "p", ContentStatus.BLOCKED, "BLOCKED: hoax (v1)", "a", null,
                List.of(), List.of(), List.of(), null);
        assertEquals(item, ProjectionCodec.decodeItem(ProjectionCodec.encode(3, item)));
    }

    @Test
    void thePenaltyBookKeepsItsOrder() {
        PenaltyBook book = new PenaltyBook(List.of(
                new PenaltyTerm(SubjectKind.DOMAIN, "hoax.example", 0.3, T, T.plusSeconds(60), "v2"),
                new PenaltyTerm(SubjectKind.AUTHOR, "a-9", 0.5, T, T.plusSeconds(90), null)));
        byte[] bytes = ProjectionCodec.encode(Long.MAX_VALUE, book);
        assertEquals(book, ProjectionCodec.decodePenalties(bytes));
        assertEquals(Long.MAX_VALUE, ProjectionCodec.stampOf(bytes));
    }

    @Test
    void aValueOfAnotherFormatIsRefusedNotMisread() {
        byte[] bytes = ProjectionCodec.encode(1, PenaltyBook.EMPTY);
        bytes[0] = 9;
        assertThrows(IllegalStateException.class, () -> ProjectionCodec.decodePenalties(bytes));
    }
}
