package org.veracity.application.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.demotion.Demotion;
import org.veracity.domain.demotion.DemotionRepository;
import org.veracity.domain.distribution.ItemTreatments;
import org.veracity.domain.factcheck.RatingRepository;
import org.veracity.domain.factcheck.Verdict;
import org.veracity.domain.label.Label;
import org.veracity.domain.label.LabelRepository;
import org.veracity.domain.offender.OffenderRepository;
import org.veracity.domain.offender.RepeatOffender;

/**
 * Loads, in a fixed number of queries per batch, everything that may shape the distribution of a
 * set of items. Shared by the distribution answer, the item view and the queue, so they never disagree.
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

    Map<Long, ItemTreatments> load(Collection<ContentItem> items, Instant now) {
        Map<Long, ItemTreatments> out = new HashMap<>();
        if (items.isEmpty()) {
            return out;
        }
        Map<Long, List<Demotion>> inForce = demotions.inForceAt(items, now).stream()
                .collect(Collectors.groupingBy(d -> d.getItem().getId()));
        Map<Long, List<Label>> shown = labels.forItems(items).stream()
                .collect(Collectors.groupingBy(l -> l.getItem().getId()));
        Map<Long, List<Verdict>> verdicts = ratings.currentVerdicts(items);
        List<RepeatOffender> penalties = offenders.inForceFor(
                items.stream().map(ContentItem::getAuthorId).collect(Collectors.toSet()),
                items.stream().map(ContentItem::getRegistrableDomain).filter(Objects::nonNull).collect(Collectors.toSet()),
                now);
        for (ContentItem i : items) {
            List<RepeatOffender> own = penalties.stream().filter(o -> concerns(o, i)).toList();
            out.put(i.getId(), new ItemTreatments(inForce.getOrDefault(i.getId(), List.of()),
                    shown.getOrDefault(i.getId(), List.of()), own, verdicts.getOrDefault(i.getId(), List.of())));
        }
        return out;
    }

    private static boolean concerns(RepeatOffender o, ContentItem i) {
        return o.getSubjectKind() == RepeatOffender.SubjectKind.AUTHOR
                ? o.getSubject().equals(i.getAuthorId())
                : o.getSubject().equals(i.getRegistrableDomain());
    }
}
