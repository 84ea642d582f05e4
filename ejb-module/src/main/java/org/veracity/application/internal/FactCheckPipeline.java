package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.veracity.domain.access.Actor;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.demotion.Demotion;
import org.veracity.domain.demotion.DemotionRepository;
import org.veracity.domain.demotion.TemporaryDemotionPolicy;
import org.veracity.domain.exemption.ExemptionDecision;
import org.veracity.domain.factcheck.EnqueueRoute;
import org.veracity.domain.factcheck.PartnerOrganisation;
import org.veracity.domain.factcheck.QueueEntry;
import org.veracity.domain.factcheck.QueuePriority;
import org.veracity.domain.factcheck.QueueRepository;
import org.veracity.domain.factcheck.RatingRepository;
import org.veracity.domain.factcheck.Verdict;
import org.veracity.domain.importance.IssueOfImportance;
import org.veracity.domain.importance.IssueRepository;
import org.veracity.domain.policy.PolicyCodes;
import org.veracity.domain.prediction.Prediction;
import org.veracity.domain.prediction.PredictionModel;
import org.veracity.domain.prediction.PredictionOutcome;
import org.veracity.domain.prediction.PredictionRepository;
import org.veracity.domain.signal.SignalRepository;
import org.veracity.domain.factcheck.Eligibility;

/**
 * R2 → R3/R4/R9: scores an item from its signals and, the first time it crosses the threshold,
 * enqueues it for fact-checkers and soft-demotes it for seven days from that moment, unless its
 * domain is exempt. Later predictions are recorded but never extend the demotion. Manual enqueue
 * (R5) goes through the same enqueue and demotion steps.
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
    RatingRepository ratings;

    @Inject
    IssueRepository issues;

    @Inject
    PredictionModel model;

    @Inject
    TemporaryDemotionPolicy temporaryDemotion;

    @Inject
    PolicyVersions policyVersions;

    @Inject
    ExemptionCheck exemption;

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
        List<String> ineligible = eligibilityProblems(item);
        if (!ineligible.isEmpty()) {
            record(actor, item, AuditAction.PREDICTED_NOT_ELIGIBLE, null,
                    score + "; not eligible (R6): " + String.join("; ", ineligible));
            return;
        }
        record(actor, item, AuditAction.PREDICTED, null, score);
        enqueue(item, EnqueueRoute.PREDICTED, now, actor, matchingIssue(item, now), null, null);
        ExemptionDecision exempt = exemption.decide(item, now);
        if (exempt.exempt()) {
            record(actor, item, AuditAction.NOT_DEMOTED_EXEMPT,
                    policyVersions.inForceAt(PolicyCodes.POPULAR_SITE_EXEMPTION, now).reference(), exempt.reason());
        } else {
            demoteTemporarily(item, now, null, actor, "predicted false (" + score + "), pending fact-check; "
                    + exempt.reason());
        }
    }

    public List<String> eligibilityProblems(ContentItem item) {
        return Eligibility.problemsOf(item, ratings.currentFor(item).map(r -> r.getVerdict()));
    }

    public Optional<IssueOfImportance> matchingIssue(ContentItem item, Instant now) {
        return issues.activeAt(now).stream().filter(i -> i.matches(item)).findFirst();
    }

    /** Enqueues once per item; a second enqueue of an open item answers the existing entry. */
    public QueueEntry enqueue(ContentItem item, EnqueueRoute route, Instant now, Actor actor,
                       Optional<IssueOfImportance> issue, PartnerOrganisation organisation, String evidence) {
        Optional<QueueEntry> existing = queue.findByItem(item);
        if (existing.isPresent()) {
            return existing.get();
        }
        double priority = QueuePriority.of(item, issue.isPresent(), now);
        QueueEntry entry = QueueEntry.enqueue(item, route, priority, now, actor.name(), issue.orElse(null),
                organisation, evidence);
        queue.store(entry);
        record(actor, item, AuditAction.ENQUEUED, null, "route " + route + ", priority "
                + String.format(Locale.ROOT, "%.2f", priority) + issue.map(i -> ", issue " + i.getName()).orElse("")
                + (organisation == null ? "" : ", for " + organisation.getName()));
        return entry;
    }

    /** R3: 0.5 for seven days from {@code now}; an earlier {@code until} (a specialist's expiry) shortens it. */
    public Demotion demoteTemporarily(ContentItem item, Instant now, Instant until, Actor actor, String reason) {
        Demotion demotion = temporaryDemotion.demote(item, now, until, reason,
                policyVersions.inForceAt(PolicyCodes.TEMPORARY_DEMOTION, now).reference());
        demotions.store(demotion);
        record(actor, item, AuditAction.DEMOTED, demotion.getPolicyVersion(),
                "x" + demotion.getMultiplier() + " until " + demotion.getEndsAt() + "; " + reason);
        return demotion;
    }

    public void record(Actor actor, ContentItem item, AuditAction action, String policyVersion, String reason) {
        audit.record(AuditEntry.of(actor, AuditSubject.CONTENT, item.getPlatformId(), action, policyVersion, reason));
    }

}
