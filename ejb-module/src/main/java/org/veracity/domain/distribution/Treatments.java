package org.veracity.domain.distribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.demotion.Demotion;
import org.veracity.domain.demotion.Multiplier;

/**
 * Combines what applies to one item into its distribution answer: the product of the demotions
 * in force at {@code now}, or 0 when the item is removed or blocked.
 */
public final class Treatments {

    private Treatments() {
    }

    public static DistributionAnswer answer(String contentId, ContentStatus status, List<Demotion> demotions,
                                            Instant now) {
        List<String> reasons = new ArrayList<>();
        if (status != ContentStatus.ACTIVE) {
            reasons.add(status == ContentStatus.REMOVED ? "removed" : "blocked");
            return new DistributionAnswer(contentId, 0.0, false, false, List.of(), reasons);
        }
        Multiplier product = Multiplier.FULL;
        for (Demotion d : demotions) {
            if (d.isInForceAt(now)) {
                product = product.times(d.getMultiplier());
                reasons.add(describe(d));
            }
        }
        return new DistributionAnswer(contentId, product.value(), true, true, List.of(), reasons);
    }

    private static String describe(Demotion d) {
        String until = d.getEndsAt() == null ? "until lifted" : "until " + d.getEndsAt();
        return d.getKind().name().toLowerCase().replace('_', ' ') + " x" + d.getMultiplier() + " " + until
                + (d.getPolicyVersion() == null ? "" : " (" + d.getPolicyVersion() + ")");
    }
}
