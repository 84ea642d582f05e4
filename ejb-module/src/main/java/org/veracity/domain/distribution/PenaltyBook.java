package org.veracity.domain.distribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.veracity.domain.offender.RepeatOffender.SubjectKind;

/**
 * The repeat-offender penalties not yet lapsed (R8), in the order they were recorded; few, and read by every answer,
 * so they are indexed by author and by domain once, when the book is made.
 */
public final class PenaltyBook {

    public static final PenaltyBook EMPTY = new PenaltyBook(List.of());

    private final List<PenaltyTerm> penalties;
    private final Map<String, List<PenaltyTerm>> byAuthor = new HashMap<>();
    private final Map<String, List<PenaltyTerm>> byDomain = new HashMap<>();
    /** Each term's place in the book, to merge an author's and a domain's terms without scanning the book. */
    private final Map<PenaltyTerm, Integer> position = new IdentityHashMap<>();

    public PenaltyBook(List<PenaltyTerm> penalties) {
        this.penalties = List.copyOf(penalties);
        for (PenaltyTerm p : this.penalties) {
            position.put(p, position.size());
            (p.subjectKind() == SubjectKind.AUTHOR ? byAuthor : byDomain)
                    .computeIfAbsent(p.subject(), k -> new ArrayList<>(1)).add(p);
        }
    }

    public List<PenaltyTerm> penalties() {
        return penalties;
    }

    /** This book as one read from the database at {@code t} would be: without the penalties ended by then. */
    public PenaltyBook withoutLapsed(Instant t) {
        return new PenaltyBook(penalties.stream().filter(p -> t.isBefore(p.endsAt())).toList());
    }

    /** The penalties of an item's author and of its domain, in the book's order. */
    public List<PenaltyTerm> of(String authorId, String registrableDomain) {
        List<PenaltyTerm> author = authorId == null ? null : byAuthor.get(authorId);
        List<PenaltyTerm> domain = registrableDomain == null ? null : byDomain.get(registrableDomain);
        if (author == null || domain == null) {
            return author != null ? author : domain != null ? domain : List.of();
        }
        // Both penalised: the book's own order, which is the order the answer's reasons follow. Each list is in that
        // order already, so the two merge in one pass.
        List<PenaltyTerm> both = new ArrayList<>(author.size() + domain.size());
        int a = 0;
        int d = 0;
        while (a < author.size() || d < domain.size()) {
            boolean authorsNext = d == domain.size()
                    || a < author.size() && position.get(author.get(a)) < position.get(domain.get(d));
            both.add(authorsNext ? author.get(a++) : domain.get(d++));
        }
        return both;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PenaltyBook b && b.penalties.equals(penalties);
    }

    @Override
    public int hashCode() {
        return penalties.hashCode();
    }

    @Override
    public String toString() {
        return "PenaltyBook" + penalties;
    }
}
