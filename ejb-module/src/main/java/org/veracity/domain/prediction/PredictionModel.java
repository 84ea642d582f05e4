package org.veracity.domain.prediction;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.signal.SignalTotals;

/**
 * The transparent predictor of R2: a logistic model over a handful of named features. Its
 * weights, bias and threshold are configuration; every outcome keeps the feature values and
 * the score so a moderator can see why an item was predicted.
 */
public record PredictionModel(double bias, double reportsWeight, double disbeliefWeight,
                              double velocityWeight, double externalWeight, double threshold) {

    public static final String REPORTS = "false_news_reports_per_1k_views";
    public static final String DISBELIEF = "disbelief_comments_per_1k_views";
    public static final String VELOCITY = "log_share_velocity_per_hour";
    public static final String EXTERNAL = "external_falsity_signals";
    public static final String CLASSIFIER = "integrator_classifier_score";

    /** External signals stop adding evidence after this many: ten partners are not ten times surer. */
    static final int EXTERNAL_CAP = 3;

    public PredictionModel {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("prediction threshold must be in (0, 1], was " + threshold);
        }
    }

    public PredictionOutcome predict(ContentItem item, SignalTotals totals, Instant now) {
        double perThousandViews = 1000.0 / Math.max(item.getViews(), 1000);
        Map<String, Double> features = new LinkedHashMap<>();
        features.put(REPORTS, totals.falseNewsReports() * perThousandViews);
        features.put(DISBELIEF, totals.disbelief() * perThousandViews);
        features.put(VELOCITY, Math.log1p(item.shareVelocityAt(now)));
        features.put(EXTERNAL, (double) Math.min(totals.externalFalsity(), EXTERNAL_CAP));
        double logit = bias
                + reportsWeight * features.get(REPORTS)
                + disbeliefWeight * features.get(DISBELIEF)
                + velocityWeight * features.get(VELOCITY)
                + externalWeight * features.get(EXTERNAL);
        double modelScore = 1.0 / (1.0 + Math.exp(-logit));
        double score = modelScore;
        if (totals.classifierScore() != null) {
            features.put(CLASSIFIER, totals.classifierScore());
            score = Math.max(modelScore, totals.classifierScore());
        }
        return new PredictionOutcome(features, modelScore, score, threshold, score >= threshold);
    }
}
