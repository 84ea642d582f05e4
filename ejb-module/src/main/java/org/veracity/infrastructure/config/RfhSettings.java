package org.veracity.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.domain.hoax.MatchThresholds;

/** R11's matching thresholds from configuration (keys veracity.rfh.*, documented in docs/operations.md). */
@ApplicationScoped
public class RfhSettings {

    @Inject
    @ConfigProperty(name = "veracity.rfh.text.block-similarity")
    double textBlock;

    @Inject
    @ConfigProperty(name = "veracity.rfh.text.review-similarity")
    double textReview;

    @Inject
    @ConfigProperty(name = "veracity.rfh.media.block-distance")
    int mediaBlockDistance;

    @Inject
    @ConfigProperty(name = "veracity.rfh.media.review-distance")
    int mediaReviewDistance;

    @Produces
    MatchThresholds matchThresholds() {
        return new MatchThresholds(textBlock, textReview, mediaBlockDistance, mediaReviewDistance);
    }
}
