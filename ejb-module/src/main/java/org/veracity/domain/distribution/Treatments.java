package org.veracity.domain.distribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.demotion.Demotion;
import org.veracity.domain.demotion.DemotionKind;
import org.veracity.domain.demotion.Multiplier;
import org.veracity.domain.factcheck.Verdict;
import org.veracity.domain.label.Label;
import org.veracity.domain.offender.RepeatOffender;

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
        for (Demotion d : t.demotions()) {
            if (!d.isInForceAt(now)) {
                continue;
            }
            product = product.times(d.getMultiplier());
            reasons.add(describe(d));
            adsAllowed &= !d.getKind().rejectsAds();
            if (!d.getKind().isRecommendable()) {
                recommendable = false;
                reasons.add("not recommendable: " + d.getKind().describe());
            }
        }
        for (RepeatOffender o : t.offenders()) {
            if (o.isInForceAt(now)) {
                product = product.times(new Multiplier(o.getMultiplier()));
                adsAllowed = false;
                reasons.add("repeat offender (" + o.getSubjectKind().name().toLowerCase(Locale.ROOT) + " "
                        + o.getSubject() + ") x" + o.getMultiplier() + " until " + o.getEndsAt() + cite(o.getPolicyVersion()));
            }
        }
        if (t.currentVerdicts().stream().anyMatch(Verdict::isFalseOrAltered)) {
            adsAllowed = false;
            reasons.add("ads rejected: rated " + t.currentVerdicts().stream().filter(Verdict::isFalseOrAltered)
                    .findFirst().orElseThrow());
        }
        return new DistributionAnswer(contentId, product.value(), recommendable, adsAllowed, labels, reasons);
    }

    private static DistributionAnswer.Label label(Label l) {
        return new DistributionAnswer.Label(l.getKind(), l.getText(), l.getUrl());
    }

    private static String describe(Demotion d) {
        String until = d.getEndsAt() == null ? "until lifted" : "until " + d.getEndsAt();
        String why = d.getKind() == DemotionKind.RATING_COPY ? ": " + d.getReason() : "";
        return d.getKind().describe() + " x" + d.getMultiplier() + " " + until + why
                + cite(d.getPolicyVersion());
    }

    private static String cite(String policyVersion) {
        return policyVersion == null ? "" : " (" + policyVersion + ")";
    }
}
