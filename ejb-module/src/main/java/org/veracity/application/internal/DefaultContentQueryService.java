package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.veracity.application.ContentItemView;
import org.veracity.application.ContentItemView.HistoryEntry;
import org.veracity.application.ContentItemView.PredictionView;
import org.veracity.application.ContentItemView.QueueState;
import org.veracity.application.ContentItemView.TreatmentView;
import org.veracity.application.ContentQueryService;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditRepository;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentRepository;
import org.veracity.domain.demotion.Demotion;
import org.veracity.domain.demotion.DemotionRepository;
import org.veracity.domain.distribution.Treatments;
import org.veracity.domain.factcheck.QueueRepository;
import org.veracity.domain.prediction.PredictionRepository;

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
    QueueRepository queue;

    @Inject
    AuditRepository audit;

    @Inject
    Clock clock;

    @Override
    public Optional<ContentItemView> find(String contentId) {
        return contents.findByPlatformId(contentId).map(this::view);
    }

    private ContentItemView view(ContentItem i) {
        Instant now = clock.instant();
        List<Demotion> all = demotions.findByItem(i);
        return new ContentItemView(i.getPlatformId(), i.getUrl(), i.getDomain(), i.getText(), i.getAuthorId(),
                i.getAuthorKind().name(), i.getGroupId(), i.getTopics(), i.getRegion(), i.getLanguage(),
                i.getPostedAt(), i.getReceivedAt(), i.getViews(), i.getShares(), i.isAd(), i.getSponsor(),
                i.getMediaHashes(), i.getStatus().name(),
                Treatments.answer(i.getPlatformId(), i.getStatus(), all, now),
                predictions.latestFor(i).map(p -> new PredictionView(p.getScore(), p.getModelScore(),
                        p.getThreshold(), p.isPredicted(), p.getEvaluatedAt(), p.getFeatures())).orElse(null),
                queue.findByItem(i).map(q -> new QueueState(q.getStatus().name(), q.getRoute().name(),
                        q.getPriority(), q.getEnqueuedAt(), q.getEnqueuedBy(), q.getClaimedBy(),
                        q.getLeaseUntil())).orElse(null),
                all.stream().map(d -> new TreatmentView(d.getKind().name(), d.getMultiplier().value(),
                        d.getStartsAt(), d.getEndsAt(), d.getLiftedAt(), d.isInForceAt(now), d.getReason(),
                        d.getPolicyVersion())).toList(),
                audit.findBySubject(AuditEntry.CONTENT, i.getPlatformId()).stream()
                        .map(e -> new HistoryEntry(e.getSequence(), e.getOccurredAt(), e.getActor(), e.getRole(),
                                e.getAction(), e.getPolicyVersion(), e.getReason())).toList());
    }
}
