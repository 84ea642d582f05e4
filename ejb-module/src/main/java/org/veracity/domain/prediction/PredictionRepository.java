package org.veracity.domain.prediction;

import java.util.Optional;
import org.veracity.domain.content.ContentItem;

public interface PredictionRepository {

    void store(Prediction prediction);

    Optional<Prediction> latestFor(ContentItem item);

    /** The first evaluation that crossed the threshold: R3's seven days count from it. */
    Optional<Prediction> firstPredictedFor(ContentItem item);
}
