package org.veracity.domain.distribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.veracity.domain.offender.RepeatOffender.SubjectKind;

/** The repeat-offender penalties not yet lapsed (R8), in the order they were recorded; few, and read by every answer. */
public record PenaltyBook(List<PenaltyTerm> penalties) {

    public static final PenaltyBook EMPTY = new PenaltyBook(List.of());

    public PenaltyBook {
        penalties = List.copyOf(penalties);
    }

    /** This book as one read from the database at {@code t} would be: without the penalties ended by then. */
    public PenaltyBook withoutLapsed(Instant t) {
        return new PenaltyBook(penalties.stream().filter(p -> t.isBefore(p.endsAt())).toList());
    }

    /** The penalties of an item's author and of its domain, in the book's order. */
    public List<PenaltyTerm> of(String authorId, String registrableDomain) {
        if (penalties.isEmpty()) {
            return List.of();
        }
        List<PenaltyTerm> out = new ArrayList<>(2);
        for (PenaltyTerm p : penalties) {
            String subject = p.subjectKind() == SubjectKind.AUTHOR ? authorId : registrableDomain;
            if (Objects.equals(p.subject(), subject)) {
                out.add(p);
            }
        }
        return out;
    }
}
