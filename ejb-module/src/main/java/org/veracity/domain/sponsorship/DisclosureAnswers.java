package org.veracity.domain.sponsorship;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.veracity.domain.distribution.DistributionAnswer;

/**
 * R17 in the distribution answer (R22): an open request is named with its deadline; from the deadline's second
 * on, the post answers as removed (multiplier 0), whether or not {@code enforce-disclosure-deadlines} has run.
 */
public final class DisclosureAnswers {

    private DisclosureAnswers() {
    }

    public static DistributionAnswer adjust(DistributionAnswer answer, DisclosureRequest request, Instant now) {
        if (request == null || request.getStatus() != DisclosureStatus.OPEN || answer.multiplier() == 0.0
                && answer.reasons().stream().anyMatch(r -> r.startsWith("REMOVED") || r.startsWith("BLOCKED"))) {
            return answer;
        }
        List<String> reasons = new ArrayList<>();
        if (request.removesPostAt(now)) {
            reasons.add("REMOVED: " + removalReason(request) + " (" + request.getPolicyVersion() + ")");
            return new DistributionAnswer(answer.contentId(), 0.0, false, false, answer.labels(), reasons);
        }
        reasons.addAll(answer.reasons());
        reasons.add(pendingReason(request));
        return new DistributionAnswer(answer.contentId(), answer.multiplier(), answer.recommendable(),
                answer.adsAllowed(), answer.labels(), reasons);
    }

    /** What an open request says while it waits. */
    public static String pendingReason(DisclosureRequest request) {
        return "disclosure requested: add \"" + Sponsorship.labelFor(request.getPaidForBy()) + "\" by "
                + request.getDeadline() + " or the post is removed (" + request.getPolicyVersion() + ")";
    }

    /** Why a post whose deadline passed without a disclosure is removed. */
    public static String removalReason(DisclosureRequest request) {
        return "no sponsorship disclosure (\"" + Sponsorship.labelFor(request.getPaidForBy())
                + "\") by the deadline " + request.getDeadline();
    }
}
