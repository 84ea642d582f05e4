package org.veracity.domain.sponsorship;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.veracity.domain.distribution.DisclosureTerm;
import org.veracity.domain.distribution.DistributionAnswer;

/**
 * R17 in the distribution answer (R22): an open request is named with its deadline; from the deadline's second
 * on, the post answers as removed (multiplier 0), whether or not {@code enforce-disclosure-deadlines} has run.
 */
public final class DisclosureAnswers {

    private DisclosureAnswers() {
    }

    public static DistributionAnswer adjust(DistributionAnswer answer, DisclosureRequest request, Instant now) {
        return adjust(answer, DisclosureTerm.of(request), now);
    }

    /** As above, for the request as the distribution projection holds it. */
    public static DistributionAnswer adjust(DistributionAnswer answer, DisclosureTerm request, Instant now) {
        if (request == null || request.status() != DisclosureStatus.OPEN || answer.multiplier() == 0.0
                && answer.reasons().stream().anyMatch(r -> r.startsWith("REMOVED") || r.startsWith("BLOCKED"))) {
            return answer;
        }
        List<String> reasons = new ArrayList<>();
        if (request.removesPostAt(now)) {
            reasons.add("REMOVED: " + removalReason(request.paidForBy(), request.deadline()) + " ("
                    + request.policyVersion() + ")");
            return new DistributionAnswer(answer.contentId(), 0.0, false, false, answer.labels(), reasons);
        }
        reasons.addAll(answer.reasons());
        reasons.add(pendingReason(request.paidForBy(), request.deadline(), request.policyVersion()));
        return new DistributionAnswer(answer.contentId(), answer.multiplier(), answer.recommendable(),
                answer.adsAllowed(), answer.labels(), reasons);
    }

    /** What an open request says while it waits. */
    public static String pendingReason(DisclosureRequest request) {
        return pendingReason(request.getPaidForBy(), request.getDeadline(), request.getPolicyVersion());
    }

    private static String pendingReason(String paidForBy, Instant deadline, String policyVersion) {
        return "disclosure requested: add \"" + Sponsorship.labelFor(paidForBy) + "\" by "
                + deadline + " or the post is removed (" + policyVersion + ")";
    }

    /** Why a post whose deadline passed without a disclosure is removed. */
    public static String removalReason(DisclosureRequest request) {
        return removalReason(request.getPaidForBy(), request.getDeadline());
    }

    private static String removalReason(String paidForBy, Instant deadline) {
        return "no sponsorship disclosure (\"" + Sponsorship.labelFor(paidForBy) + "\") by the deadline " + deadline;
    }
}
