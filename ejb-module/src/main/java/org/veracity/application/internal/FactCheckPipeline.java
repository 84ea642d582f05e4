package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import org.veracity.domain.access.Actor;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.demotion.Demotion;
import org.veracity.domain.demotion.DemotionRepository;
import org.veracity.domain.demotion.TemporaryDemotionPolicy;
import org.veracity.domain.factcheck.EnqueueRoute;
import org.veracity.domain.factcheck.QueueEntry;
import org.veracity.domain.factcheck.QueueRepository;
import org.veracity.domain.prediction.Prediction;
import org.veracity.domain.prediction.PredictionModel;
import org.veracity.domain.prediction.PredictionOutcome;
import org.veracity.domain.prediction.PredictionRepository;
import org.veracity.domain.signal.SignalRepository;

/**
 * R2 → R3: scores an item from its signals and, the first time it crosses the threshold,
 * enqueues it for fact-checkers and soft-demotes it for seven days from that moment. Later
 * predictions are recorded but never extend the demotion.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class FactCheckPipeline {

    @Inject
    SignalRepository signals;

    @Inject
    PredictionRepository predictions;

    @Inject
    QueueRepository queue;

    @Inject
    DemotionRepository demotions;

    @Inject
    PredictionModel model;

    @Inject
    TemporaryDemotionPolicy temporaryDemotion;

    @Inject
    AuditTrail audit;

    public void evaluate(ContentItem item, Instant now, Actor actor) {
        boolean predictedBefore = predictions.firstPredictedFor(item).isPresent();
        PredictionOutcome outcome = model.predict(item, signals.totalsFor(item), now);
        predictions.store(Prediction.of(item, outcome, now));
        if (!outcome.predicted() || predictedBefore) {
            return;
        }
        String score = String.format(Locale.ROOT, "score %.3f ≥ threshold %.2f", outcome.score(), outcome.threshold());
        if (item.getAuthorKind().isPoliticalSpeaker()) {
            audit.record(AuditEntry.of(actor, AuditEntry.CONTENT, item.getPlatformId(), "PREDICTED_NOT_ELIGIBLE",
                    null, score + "; posts by politicians and campaigns are not fact-checked (R6)"));
            return;
        }
        audit.record(AuditEntry.of(actor, AuditEntry.CONTENT, item.getPlatformId(), "PREDICTED", null, score));
        enqueue(item, now, actor);
        Demotion demotion = temporaryDemotion.demote(item, now, "predicted false (" + score + "), pending fact-check");
        demotions.store(demotion);
        audit.record(AuditEntry.of(actor, AuditEntry.CONTENT, item.getPlatformId(), "DEMOTED",
                demotion.getPolicyVersion(), "x" + demotion.getMultiplier() + " until " + demotion.getEndsAt()));
    }

    private void enqueue(ContentItem item, Instant now, Actor actor) {
        if (queue.findByItem(item).isPresent()) {
            return;
        }
        double priority = Math.log1p(item.shareVelocityAt(now));
        queue.store(QueueEntry.enqueue(item, EnqueueRoute.PREDICTED, priority, now, actor.name()));
        audit.record(AuditEntry.of(actor, AuditEntry.CONTENT, item.getPlatformId(), "ENQUEUED", null,
                "route PREDICTED, priority " + String.format(Locale.ROOT, "%.2f", priority)));
    }
}
