package org.veracity.domain.demotion;

import java.util.Locale;

/** Why an item's reach is cut, and what else that reason takes away (R12). */
public enum DemotionKind {
    /** R3: predicted or manually enqueued, waiting for fact-checkers; lapses after seven days. */
    TEMPORARY_PENDING_REVIEW(false, true),
    /** R7: the effect of a fact-check rating (0.2 for False/Altered, 0.5 for Partly false by default). */
    RATING(false, true),
    /** Issue 10: the effect of a rating copied from the rated item this one copies; its reason names both. */
    RATING_COPY(false, true),
    /** R12: a COVID-19 hoax: hard demotion, an inform label linking health information, no ads. */
    COVID_19_HOAX(true, true),
    /** R12: a vaccine hoax: as a COVID-19 hoax, and left out of recommendations and search suggestions. */
    VACCINE_HOAX(true, false);

    private final boolean rejectsAds;
    private final boolean recommendable;

    DemotionKind(boolean rejectsAds, boolean recommendable) {
        this.rejectsAds = rejectsAds;
        this.recommendable = recommendable;
    }

    public boolean rejectsAds() {
        return rejectsAds;
    }

    public boolean isRecommendable() {
        return recommendable;
    }

    public String describe() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ').replace("covid 19", "COVID-19");
    }
}
