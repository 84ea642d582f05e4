package org.veracity.domain.distribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.demotion.DemotionKind;
import org.veracity.domain.demotion.Multiplier;
import org.veracity.domain.factcheck.Verdict;

/**
 * R22: combines what applies to one item into its answer as of {@code now}: the product of the
 * demotions and repeat-offender penalties in force, or 0 when the item is removed or blocked; the
 * labels shown; whether ads may run. Everything is judged from time windows, so expiries hold to
 * the second without any job having run.
 */
public final class Treatments {

    private Treatments() {
    }

    public static DistributionAnswer answer(ContentItem item, ItemTreatments t, Instant now) {
        return answer(item.getPlatformId(), item.getStatus(), item.citedStatusReason(), t, now);
    }

    /** @param statusReason why a blocked or removed item is, with the policy version it enforces */
    public static DistributionAnswer answer(String contentId, ContentStatus status, String statusReason,
                                            ItemTreatments t, Instant now) {
        List<String> reasons = new ArrayList<>();
        List<DistributionAnswer.Label> labels = t.labels().stream().filter(l -> l.isShownAt(now))
                .map(Treatments::label).toList();
        if (status != ContentStatus.ACTIVE) {
            String word = status == ContentStatus.REMOVED ? "REMOVED" : "BLOCKED";
            reasons.add(statusReason == null ? word : word + ": " + statusReason);
            return new DistributionAnswer(contentId, 0.0, false, false, labels, reasons);
        }
        Multiplier product = Multiplier.FULL;
        boolean adsAllowed = true;
        boolean recommendable = true;
        for (DemotionTerm d : t.demotions()) {
            if (!d.isInForceAt(now)) {
                continue;
            }
            product = product.times(d.factor());
            reasons.add(describe(d));
            adsAllowed &= !d.kind().rejectsAds();
            if (!d.kind().isRecommendable()) {
                recommendable = false;
                reasons.add("not recommendable: " + d.kind().describe());
            }
        }
        for (PenaltyTerm o : t.offenders()) {
            if (o.isInForceAt(now)) {
                product = product.times(new Multiplier(o.multiplier()));
                adsAllowed = false;
                reasons.add("repeat offender (" + o.subjectKind().name().toLowerCase(Locale.ROOT) + " "
                        + o.subject() + ") x" + o.multiplier() + " until " + o.endsAt() + cite(o.policyVersion()));
            }
        }
        if (t.currentVerdicts().stream().anyMatch(Verdict::isFalseOrAltered)) {
            adsAllowed = false;
            reasons.add("ads rejected: rated " + t.currentVerdicts().stream().filter(Verdict::isFalseOrAltered)
                    .findFirst().orElseThrow());
        }
        return new DistributionAnswer(contentId, product.value(), recommendable, adsAllowed, labels, reasons);
    }

    private static DistributionAnswer.Label label(LabelTerm l) {
        return new DistributionAnswer.Label(l.kind(), l.text(), l.url());
    }

    private static String describe(DemotionTerm d) {
        String until = d.endsAt() == null ? "until lifted" : "until " + d.endsAt();
        String why = d.kind() == DemotionKind.RATING_COPY ? ": " + d.reason() : "";
        return d.kind().describe() + " x" + d.factor() + " " + until + why
                + cite(d.policyVersion());
    }

    private static String cite(String policyVersion) {
        return policyVersion == null ? "" : " (" + policyVersion + ")";
    }
}
