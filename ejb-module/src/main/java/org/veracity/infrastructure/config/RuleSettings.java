package org.veracity.infrastructure.config;

import java.util.Map;
import org.veracity.domain.enforcement.HoaxTopic;
import org.veracity.domain.enforcement.TopicPolicies;
import org.veracity.domain.enforcement.TopicPolicy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.domain.demotion.Multiplier;
import org.veracity.domain.demotion.TemporaryDemotionPolicy;
import org.veracity.domain.factcheck.RatingEffects;
import org.veracity.domain.offender.RepeatOffenderPolicy;
import org.veracity.domain.prediction.PredictionModel;

/**
 * Turns configuration (MicroProfile Config: META-INF/microprofile-config.properties, overridden by
 * system properties and environment variables such as VERACITY_PREDICTION_THRESHOLD) into the
 * rule objects the domain uses. Defaults are in that file, next to the other settings.
 */
@ApplicationScoped
public class RuleSettings {

    @Inject
    @ConfigProperty(name = "veracity.prediction.bias")
    double bias;

    @Inject
    @ConfigProperty(name = "veracity.prediction.weight.false-news-reports")
    double reportsWeight;

    @Inject
    @ConfigProperty(name = "veracity.prediction.weight.disbelief-comments")
    double disbeliefWeight;

    @Inject
    @ConfigProperty(name = "veracity.prediction.weight.share-velocity")
    double velocityWeight;

    @Inject
    @ConfigProperty(name = "veracity.prediction.weight.external-falsity")
    double externalWeight;

    @Inject
    @ConfigProperty(name = "veracity.prediction.threshold")
    double threshold;

    @Inject
    @ConfigProperty(name = "veracity.demotion.temporary.multiplier")
    double temporaryMultiplier;

    @Inject
    @ConfigProperty(name = "veracity.demotion.temporary.duration")
    Duration temporaryDuration;

    // Dependent, not application-scoped: records are final and cannot be proxied; building one is cheap.
    @Inject
    @ConfigProperty(name = "veracity.rating.multiplier.false")
    double falseMultiplier;

    @Inject
    @ConfigProperty(name = "veracity.rating.multiplier.altered")
    double alteredMultiplier;

    @Inject
    @ConfigProperty(name = "veracity.rating.multiplier.partly-false")
    double partlyFalseMultiplier;

    @Inject
    @ConfigProperty(name = "veracity.repeat-offender.threshold")
    int offenderThreshold;

    @Inject
    @ConfigProperty(name = "veracity.repeat-offender.window")
    Duration offenderWindow;

    @Inject
    @ConfigProperty(name = "veracity.repeat-offender.duration")
    Duration offenderDuration;

    @Inject
    @ConfigProperty(name = "veracity.repeat-offender.multiplier")
    double offenderMultiplier;

    @Inject
    @ConfigProperty(name = "veracity.topic.covid-19.multiplier")
    double covidMultiplier;

    @Inject
    @ConfigProperty(name = "veracity.topic.covid-19.label-text")
    String covidLabelText;

    @Inject
    @ConfigProperty(name = "veracity.topic.covid-19.label-url")
    String covidLabelUrl;

    @Inject
    @ConfigProperty(name = "veracity.topic.vaccines.multiplier")
    double vaccineMultiplier;

    @Inject
    @ConfigProperty(name = "veracity.topic.vaccines.label-text")
    String vaccineLabelText;

    @Inject
    @ConfigProperty(name = "veracity.topic.vaccines.label-url")
    String vaccineLabelUrl;

    @Inject
    @ConfigProperty(name = "veracity.topic.vaccines.repeat-sharer-threshold")
    int vaccineRepeatSharerThreshold;

    @Produces
    TopicPolicies topicPolicies() {
        return new TopicPolicies(Map.of(
                HoaxTopic.COVID_19, new TopicPolicy(HoaxTopic.COVID_19, new Multiplier(covidMultiplier), covidLabelText,
                        covidLabelUrl, 0),
                HoaxTopic.VACCINES, new TopicPolicy(HoaxTopic.VACCINES, new Multiplier(vaccineMultiplier),
                        vaccineLabelText, vaccineLabelUrl, vaccineRepeatSharerThreshold)));
    }

    @Produces
    RatingEffects ratingEffects() {
        return new RatingEffects(falseMultiplier, alteredMultiplier, partlyFalseMultiplier);
    }

    @Produces
    RepeatOffenderPolicy repeatOffenderPolicy() {
        return new RepeatOffenderPolicy(offenderThreshold, offenderWindow, offenderDuration, offenderMultiplier);
    }

    @Produces
    PredictionModel predictionModel() {
        return new PredictionModel(bias, reportsWeight, disbeliefWeight, velocityWeight, externalWeight, threshold);
    }

    @Produces
    TemporaryDemotionPolicy temporaryDemotionPolicy() {
        return new TemporaryDemotionPolicy(new Multiplier(temporaryMultiplier), temporaryDuration);
    }
}
