package org.veracity.domain.distribution;

import java.util.List;
import org.veracity.domain.demotion.Demotion;
import org.veracity.domain.factcheck.Verdict;
import org.veracity.domain.label.Label;
import org.veracity.domain.offender.RepeatOffender;

/** Everything recorded against one item that may shape its distribution; {@link Treatments} decides what holds now. */
public record ItemTreatments(List<DemotionTerm> demotions, List<LabelTerm> labels, List<PenaltyTerm> offenders,
                             List<Verdict> currentVerdicts) {

    public static final ItemTreatments NONE = new ItemTreatments(List.of(), List.of(), List.of(), List.of());

    public ItemTreatments {
        demotions = List.copyOf(demotions);
        labels = List.copyOf(labels);
        offenders = List.copyOf(offenders);
        currentVerdicts = List.copyOf(currentVerdicts);
    }

    /** From the entities as the database holds them. */
    public static ItemTreatments of(List<Demotion> demotions, List<Label> labels, List<RepeatOffender> offenders,
                                    List<Verdict> currentVerdicts) {
        return new ItemTreatments(demotions.stream().map(DemotionTerm::of).toList(),
                labels.stream().map(LabelTerm::of).toList(), offenders.stream().map(PenaltyTerm::of).toList(),
                currentVerdicts);
    }
}
