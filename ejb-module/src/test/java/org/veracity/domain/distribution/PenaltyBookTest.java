package org.veracity.domain.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veracity.domain.offender.RepeatOffender.SubjectKind;

class PenaltyBookTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void anItemWhoseAuthorAndDomainAreBothPenalisedGetsBothInTheBooksOrder() {
        List<PenaltyTerm> terms = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            terms.add(term(k % 3 == 0 ? SubjectKind.DOMAIN : SubjectKind.AUTHOR, k % 3 == 0 ? "site.example" : "a", k));
            terms.add(term(SubjectKind.AUTHOR, "someone-else-" + k, k));
        }
        PenaltyBook book = new PenaltyBook(terms);
        List<PenaltyTerm> expected = terms.stream()
                .filter(t -> t.subject().equals("a") || t.subject().equals("site.example")).toList();
        assertEquals(expected, book.of("a", "site.example"));
        assertEquals(expected.stream().filter(t -> t.subject().equals("a")).toList(), book.of("a", "other.example"));
        assertEquals(List.of(), book.of("nobody", null));
    }

    private static PenaltyTerm term(SubjectKind kind, String subject, int k) {
        return new PenaltyTerm(kind, subject, 0.5, T.plusSeconds(k), T.plusSeconds(1000 + k), "v" + k);
    }
}
