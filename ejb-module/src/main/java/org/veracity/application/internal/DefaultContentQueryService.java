package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Permission;
import org.veracity.domain.access.Permissions;
import org.veracity.domain.factcheck.PartnerOrganisation;
import org.veracity.domain.factcheck.PartnerRepository;
import org.veracity.application.ContentItemView;
import org.veracity.application.ContentItemView.DisputeView;
import org.veracity.application.ContentItemView.HistoryEntry;
import org.veracity.application.ContentItemView.PredictionView;
import org.veracity.application.ContentItemView.QueueState;
import org.veracity.application.ContentItemView.RatingView;
import org.veracity.application.ContentItemView.SignalView;
import org.veracity.application.ContentItemView.TreatmentView;
import org.veracity.application.ContentQueryService;
import org.veracity.domain.audit.AuditRepository;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentRepository;
import org.veracity.domain.demotion.DemotionRepository;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.distribution.Treatments;
import org.veracity.domain.sponsorship.DisclosureAnswers;
import org.veracity.domain.factcheck.DisputeRepository;
import org.veracity.domain.factcheck.QueueEntry;
import org.veracity.domain.factcheck.Rating;
import org.veracity.domain.factcheck.RatingRepository;
import org.veracity.domain.prediction.Prediction;
import org.veracity.domain.prediction.PredictionModel;
import org.veracity.domain.prediction.PredictionRepository;
import org.veracity.domain.signal.SignalRepository;
import org.veracity.domain.factcheck.QueueRepository;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultContentQueryService implements ContentQueryService {

    @Inject
    ContentRepository contents;

    @Inject
    DemotionRepository demotions;

    @Inject
    PredictionRepository predictions;

    @Inject
    PredictionModel model;

    @Inject
    SignalRepository signals;

    @Inject
    QueueRepository queue;

    @Inject
    RatingRepository ratings;

    @Inject
    DisputeRepository disputes;

    @Inject
    AuditRepository audit;

    @Inject
    TreatmentLoader treatments;

    @Inject
    ExemptionCheck exemption;

    @Inject
    FactCheckPipeline pipeline;

    @Inject
    PartnerRepository partners;

    @Inject
    SponsoredPosts sponsored;

    @Inject
    Clock clock;

    @Override
    public Optional<ContentItemView> find(String contentId) {
        return contents.findByPlatformId(contentId).map(i -> view(i, StaffNames.SHOWN));
    }

    @Override
    public Optional<ContentItemView> find(String contentId, Actor viewer) {
        if (Permission.VIEW_ANY_ITEM.grantedTo(viewer)) {
            return find(contentId);
        }
        Permissions.require(viewer, Permission.VIEW_ITEM);
        Optional<PartnerOrganisation> partner = Optional.ofNullable(viewer.organisation()).flatMap(partners::findByName);
        return contents.findByPlatformId(contentId)
                .filter(i -> partner.isPresent() && queue.findByItem(i).filter(q -> q.isOfferedTo(partner.get())).isPresent())
                .map(i -> view(i, new StaffNames(viewer.name())));
    }

    /**
     * Desk users' names are for staff: a partner's fact-checker sees its own name and everyone else's role
     * ({@code viewer} null: every name shown).
     */
    record StaffNames(String viewer) {
        static final StaffNames SHOWN = new StaffNames(null);

        String name(String name) {
            return viewer == null || name == null || name.equals(viewer) ? name : "(someone else)";
        }

        String actor(String actor, String role) {
            return viewer == null || actor.equals(viewer) ? actor : role.toLowerCase().replace('_', ' ');
        }
    }

    private ContentItemView view(ContentItem i, StaffNames names) {
        Instant now = clock.instant();
        return ContentItemView.of(i,
                DisclosureAnswers.adjust(Treatments.answer(i, treatments.load(List.of(i), now).get(i.getId()), now),
                        i.getStatus() == ContentStatus.ACTIVE ? sponsored.openRequestsOf(List.of(i.getId())).get(i.getId()) : null,
                        now),
                predictions.latestFor(i).map(this::prediction).orElse(null),
                queue.findByItem(i).map(q -> queueState(q, now, names)).orElse(null),
                signals.findByItem(i).stream().map(x -> new SignalView(x.getKind().name(), x.getCount(), x.getScore(),
                        x.getObservedAt())).toList(),
                demotions.findByItem(i).stream().map(d -> new TreatmentView(d.getKind().name(),
                        d.getMultiplier().value(), d.getStartsAt(), d.getEndsAt(), d.getLiftedAt(), d.isInForceAt(now),
                        d.getReason(), d.getPolicyVersion())).toList(),
                ratings.historyFor(i).stream().map(r -> rating(r, names)).toList(),
                exemption.decide(i, now).reason(),
                pipeline.eligibilityProblems(i),
                audit.findBySubject(AuditSubject.CONTENT, i.getPlatformId()).stream()
                        .map(e -> new HistoryEntry(e.getSequence(), e.getOccurredAt(), names.actor(e.getActor(), e.getRole()),
                                e.getRole(), e.getAction(), e.getPolicyVersion(), e.getReason())).toList());
    }

    private PredictionView prediction(Prediction p) {
        return new PredictionView(p.getScore(), p.getModelScore(), p.getThreshold(), p.isPredicted(),
                p.getEvaluatedAt(), p.getFeatures(), model.explain(p.getFeatures(), p.getScore()));
    }

    private static QueueState queueState(QueueEntry q, Instant now, StaffNames names) {
        boolean leased = q.isLeasedAt(now);
        return new QueueState(q.getId(), q.statusAt(now).name(), q.getRoute().name(), q.getPriority(),
                q.getEnqueuedAt(), names.name(q.getEnqueuedBy()), leased ? names.name(q.getClaimedBy()) : null,
                leased ? q.getLeaseUntil() : null, q.getIssue() == null ? null : q.getIssue().getName(),
                q.getEvidence());
    }

    private RatingView rating(Rating r, StaffNames names) {
        return new RatingView(r.getId(), r.getOrganisation().getName(), names.name(r.getRater()), r.getVerdict().name(),
                r.getClaim(), r.getArticleUrl(), r.getSummary(), r.getRatedAt(), r.getSupersededAt(),
                disputes.forRating(r).stream().map(d -> new DisputeView(d.getId(), d.getOpenedBy(), d.getStatement(),
                        d.getOpenedAt(), d.getStatus().name(), names.name(d.getResolvedBy()), d.getResolvedAt(),
                        d.getResolution())).toList(),
                r.isCopy() ? r.getCopyOf().getItem().getPlatformId() : null, r.getCopySimilarity(), r.copyEvidence());
    }
}
