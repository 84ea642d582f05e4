package org.veracity.domain.distribution;

import java.util.List;

/** What the feed ranking system needs to know about one item right now (R22). */
public record DistributionAnswer(String contentId, double multiplier, boolean recommendable, boolean adsAllowed,
                                 List<Label> labels, List<String> reasons) {

    public DistributionAnswer {
        labels = List.copyOf(labels);
        reasons = List.copyOf(reasons);
    }

    /** Items Veracity has never seen circulate untouched. */
    public static DistributionAnswer unknown(String contentId) {
        return new DistributionAnswer(contentId, 1.0, true, true, List.of(), List.of());
    }

    public record Label(String kind, String text, String url) {
    }
}
