package org.veracity.domain.prediction;

import java.util.Map;

/** A scored item: the features the model saw, its own score and the score that counted. */
public record PredictionOutcome(Map<String, Double> features, double modelScore, double score,
                                double threshold, boolean predicted) {

    public PredictionOutcome {
        features = Map.copyOf(features);
    }
}
