package org.veracity.domain.transparency;

import org.veracity.domain.factcheck.Verdict;

/**
 * A verdict on schema.org's {@code Rating} scale for {@code ClaimReview}: 1 (worst, false) to 5 (best, true),
 * with the verdict's own words as {@code alternateName} — the textual rating search engines show.
 * {@code NOT_ELIGIBLE} is no verdict on the claim, so it is never published as a ClaimReview.
 */
public record ClaimReviewRating(int ratingValue, String alternateName) {

    public static final int WORST = 1;
    public static final int BEST = 5;

    public static boolean isPublished(Verdict verdict) {
        return verdict != Verdict.NOT_ELIGIBLE;
    }

    public static ClaimReviewRating of(Verdict verdict) {
        return switch (verdict) {
            case FALSE -> new ClaimReviewRating(1, "False");
            case ALTERED -> new ClaimReviewRating(1, "Altered");
            case PARTLY_FALSE -> new ClaimReviewRating(2, "Partly false");
            case MISSING_CONTEXT -> new ClaimReviewRating(3, "Missing context");
            case SATIRE -> new ClaimReviewRating(3, "Satire");
            case TRUE -> new ClaimReviewRating(5, "True");
            case NOT_ELIGIBLE -> throw new IllegalArgumentException("NOT_ELIGIBLE is not a verdict on a claim");
        };
    }
}
