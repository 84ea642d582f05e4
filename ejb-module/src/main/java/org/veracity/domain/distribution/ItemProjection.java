package org.veracity.domain.distribution;

import java.time.Instant;
import java.util.List;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.factcheck.Verdict;
import org.veracity.domain.sponsorship.DisclosureAnswers;

/**
 * One item as the distribution answer needs it (R22): its status, author and domain, and every treatment that is in
 * force now or may be later, each with its window. The answer is decided here, at the second it is asked, so a lapse
 * holds to the second whether the item is read from the database or from the data grid.
 */
public record ItemProjection(long id, String platformId, ContentStatus status, String statusReason, String authorId,
                             String registrableDomain, List<DemotionTerm> demotions, List<LabelTerm> labels,
                             List<Verdict> currentVerdicts, DisclosureTerm disclosure) {

    public ItemProjection {
        demotions = List.copyOf(demotions);
        labels = List.copyOf(labels);
        currentVerdicts = List.copyOf(currentVerdicts);
    }

    /** This projection as one read from the database at {@code t} would be: without the demotions over by then. */
    public ItemProjection withoutLapsed(Instant t) {
        return new ItemProjection(id, platformId, status, statusReason, authorId, registrableDomain,
                demotions.stream().filter(d -> !d.isLapsedAt(t)).toList(), labels, currentVerdicts, disclosure);
    }

    public DistributionAnswer answer(PenaltyBook penalties, Instant now) {
        ItemTreatments treatments = new ItemTreatments(demotions, labels,
                penalties.of(authorId, registrableDomain), currentVerdicts);
        DistributionAnswer answer = Treatments.answer(platformId, status, statusReason, treatments, now);
        return status == ContentStatus.ACTIVE ? DisclosureAnswers.adjust(answer, disclosure, now) : answer;
    }
}
