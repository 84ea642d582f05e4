package org.veracity.domain.prediction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /** The prediction in words, one line per feature with what it added to the score's logit. */
    public List<String> explain(Map<String, Double> features, double score) {
        List<String> lines = new ArrayList<>();
        lines.add(line("false-news reports per 1,000 views", features.get(REPORTS), reportsWeight));
        lines.add(line("disbelief comments per 1,000 views", features.get(DISBELIEF), disbeliefWeight));
        lines.add(line("share velocity, log(1 + shares per hour)", features.get(VELOCITY), velocityWeight));
        lines.add(line("external signals of falsity (at most " + EXTERNAL_CAP + " count)", features.get(EXTERNAL),
                externalWeight));
        lines.add(String.format(Locale.ROOT, "starting point (bias) %+.2f", bias));
        if (features.containsKey(CLASSIFIER)) {
            lines.add(String.format(Locale.ROOT, "the integrator's own classifier scored %.2f; the higher score counts",
                    features.get(CLASSIFIER)));
        }
        lines.add(String.format(Locale.ROOT, "score %.3f against threshold %.2f: %s", score, threshold,
                score >= threshold ? "predicted false, sent to fact-checkers" : "not predicted"));
        return lines;
    }

    private static String line(String name, Double value, double weight) {
        double v = value == null ? 0 : value;
        return String.format(Locale.ROOT, "%s: %.2f x weight %.2f = %+.2f", name, v, weight, v * weight);
    }
}
