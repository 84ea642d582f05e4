package org.veracity.domain.transparency;

/**
 * One fact-checking figure: {@code enqueued}/PREDICTED, {@code verdict}/FALSE, {@code partner}/name,
 * {@code dispute}/CONFIRMED, {@code median-hours-to-rating} (label empty).
 */
public record FactCheckFigure(String figure, String label, double value) {

    public static final String ENQUEUED = "enqueued";
    public static final String VERDICT = "verdict";
    public static final String PARTNER = "partner";
    public static final String DISPUTE = "dispute";
    public static final String MEDIAN_HOURS = "median-hours-to-rating";
}
