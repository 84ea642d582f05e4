package org.veracity.application.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentRepository.ContentRef;
import org.veracity.domain.demotion.Demotion;
import org.veracity.domain.demotion.DemotionRepository;
import org.veracity.domain.distribution.DemotionTerm;
import org.veracity.domain.distribution.DisclosureTerm;
import org.veracity.domain.distribution.ItemProjection;
import org.veracity.domain.distribution.ItemTreatments;
import org.veracity.domain.distribution.LabelTerm;
import org.veracity.domain.distribution.PenaltyBook;
import org.veracity.domain.distribution.PenaltyTerm;
import org.veracity.domain.sponsorship.DisclosureRequest;
import org.veracity.domain.factcheck.RatingRepository;
import org.veracity.domain.factcheck.Verdict;
import org.veracity.domain.label.Label;
import org.veracity.domain.label.LabelRepository;
import org.veracity.domain.offender.OffenderRepository;
import org.veracity.domain.offender.RepeatOffender;

/**
 * Loads, in a fixed number of queries per batch, everything that may shape the distribution of a
 * set of items. Shared by the distribution answer, the item view and the queue, so they never disagree.
 * Each query takes the batch's ids as one array parameter, so its SQL is the same for 1 or 1,000 items.
 */
@Dependent
class TreatmentLoader {

    @Inject
    DemotionRepository demotions;

    @Inject
    LabelRepository labels;

    @Inject
    RatingRepository ratings;

    @Inject
    OffenderRepository offenders;

    @Inject
    SponsoredPosts sponsored;

    Map<Long, ItemTreatments> load(Collection<ContentItem> items, Instant now) {
        return loadRefs(items.stream().map(ContentRef::of).toList(), now);
    }

    /** As {@link #load(Collection, Instant)}, for items known only by the columns the answer needs (R22 hot path). */
    Map<Long, ItemTreatments> loadRefs(Collection<ContentRef> items, Instant now) {
        Map<Long, ItemTreatments> out = new HashMap<>();
        Map<Long, ContentRef> unique = new LinkedHashMap<>();
        items.forEach(i -> unique.putIfAbsent(i.id(), i));
        if (unique.isEmpty()) {
            return out;
        }
        List<Long> ids = List.copyOf(unique.keySet());
        Map<Long, List<Demotion>> inForce = demotions.inForceAtByItemIds(ids, now).stream()
                .collect(Collectors.groupingBy(d -> d.getItem().getId()));
        Map<Long, List<Label>> shown = labels.forItemIds(ids).stream()
                .collect(Collectors.groupingBy(l -> l.getItem().getId()));
        Map<Long, List<Verdict>> verdicts = ratings.currentVerdictsByItemIds(ids);
        Map<String, List<ContentRef>> byAuthor = new HashMap<>();
        Map<String, List<ContentRef>> byDomain = new HashMap<>();
        for (ContentRef i : unique.values()) {
            byAuthor.computeIfAbsent(i.authorId(), k -> new ArrayList<>()).add(i);
            if (i.registrableDomain() != null) {
                byDomain.computeIfAbsent(i.registrableDomain(), k -> new ArrayList<>()).add(i);
            }
        }
        // Each item's penalties in the order the repository gave them, whichever way they concern it.
        Map<Long, List<RepeatOffender>> own = new HashMap<>();
        for (RepeatOffender o : offenders.inForceFor(byAuthor.keySet(), byDomain.keySet(), now)) {
            Map<String, List<ContentRef>> subjects =
                    o.getSubjectKind() == RepeatOffender.SubjectKind.AUTHOR ? byAuthor : byDomain;
            for (ContentRef i : subjects.getOrDefault(o.getSubject(), List.of())) {
                own.computeIfAbsent(i.id(), k -> new ArrayList<>()).add(o);
            }
        }
        for (ContentRef i : unique.values()) {
            out.put(i.id(), ItemTreatments.of(inForce.getOrDefault(i.id(), List.of()),
                    shown.getOrDefault(i.id(), List.of()), own.getOrDefault(i.id(), List.of()),
                    verdicts.getOrDefault(i.id(), List.of())));
        }
        return out;
    }

    /**
     * The distribution projections of these items as the database holds them: every treatment in force at {@code now}
     * or later, each with its window, so the answer can be judged at any later second (R22).
     */
    List<ItemProjection> projections(Collection<ContentRef> items, Instant now) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<Long> ids = items.stream().map(ContentRef::id).distinct().toList();
        Map<Long, List<DemotionTerm>> demoted = demotions.notLapsedByItemIds(ids, now).stream().collect(
                Collectors.groupingBy(d -> d.getItem().getId(), Collectors.mapping(DemotionTerm::of, Collectors.toList())));
        Map<Long, List<LabelTerm>> shown = labels.forItemIds(ids).stream().collect(
                Collectors.groupingBy(l -> l.getItem().getId(), Collectors.mapping(LabelTerm::of, Collectors.toList())));
        Map<Long, List<Verdict>> verdicts = ratings.currentVerdictsByItemIds(ids);
        Map<Long, DisclosureRequest> disclosures = sponsored.openRequestsOf(ids);
        List<ItemProjection> out = new ArrayList<>(items.size());
        for (ContentRef i : items) {
            out.add(new ItemProjection(i.id(), i.platformId(), i.status(), i.statusReason(), i.authorId(),
                    i.registrableDomain(), demoted.getOrDefault(i.id(), List.of()), shown.getOrDefault(i.id(), List.of()),
                    verdicts.getOrDefault(i.id(), List.of()), DisclosureTerm.of(disclosures.get(i.id()))));
        }
        return out;
    }

    /** The penalties in force at {@code now} on these items' authors and domains. */
    PenaltyBook penaltiesOf(Collection<ItemProjection> items, Instant now) {
        Set<String> authors = new HashSet<>();
        Set<String> domains = new HashSet<>();
        for (ItemProjection i : items) {
            authors.add(i.authorId());
            if (i.registrableDomain() != null) {
                domains.add(i.registrableDomain());
            }
        }
        return new PenaltyBook(offenders.inForceFor(authors, domains, now).stream().map(PenaltyTerm::of).toList());
    }

    /** Every penalty in force at {@code now} or later (the projection's book). */
    PenaltyBook allPenalties(Instant now) {
        return new PenaltyBook(offenders.notLapsed(now).stream().map(PenaltyTerm::of).toList());
    }
}
