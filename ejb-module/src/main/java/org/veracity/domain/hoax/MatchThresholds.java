package org.veracity.domain.hoax;

/**
 * Where a match becomes a block or a review. The text defaults come from the evaluation on LIAR in
 * docs/matching.md: {@code textBlock} is the lowest similarity at which blocks stay at least 99% precise both over
 * the whole labelled set and over its real (unedited) LIAR statements alone, where no false block remains;
 * {@code textReview} the lowest at which at least half of the review queue are real versions of the entry.
 *
 * @param textBlock          text similarity at or above which an item is blocked (if its figures, names and
 *                           negation agree with the variant)
 * @param textReview         text similarity at or above which an item goes to review
 * @param mediaBlockDistance PDQ Hamming distance at or below which an item is blocked; 31 is the threshold the
 *                           PDQ authors give for "same image" at a low false-positive rate
 * @param mediaReviewDistance PDQ distance at or below which an item goes to review; equal to the block distance
 *                           by default, so there is no media review band unless configured
 */
public record MatchThresholds(double textBlock, double textReview, int mediaBlockDistance, int mediaReviewDistance) {

    public static final double DEFAULT_TEXT_BLOCK = 0.78;
    public static final double DEFAULT_TEXT_REVIEW = 0.43;
    public static final int DEFAULT_MEDIA_DISTANCE = 31;

    public MatchThresholds {
        if (!(textReview > 0 && textReview <= textBlock && textBlock <= 1)) {
            throw new IllegalArgumentException(
                    "need 0 < textReview <= textBlock <= 1, got " + textReview + " and " + textBlock);
        }
        if (mediaBlockDistance < 0 || mediaReviewDistance < mediaBlockDistance
                || mediaReviewDistance >= PdqHash.BITS) {
            throw new IllegalArgumentException("need 0 <= mediaBlockDistance <= mediaReviewDistance < 256, got "
                    + mediaBlockDistance + " and " + mediaReviewDistance);
        }
    }

    public static MatchThresholds defaults() {
        return new MatchThresholds(DEFAULT_TEXT_BLOCK, DEFAULT_TEXT_REVIEW, DEFAULT_MEDIA_DISTANCE,
                DEFAULT_MEDIA_DISTANCE);
    }

    public static MatchThresholds ofText(double textBlock, double textReview) {
        return new MatchThresholds(textBlock, textReview, DEFAULT_MEDIA_DISTANCE, DEFAULT_MEDIA_DISTANCE);
    }
}
