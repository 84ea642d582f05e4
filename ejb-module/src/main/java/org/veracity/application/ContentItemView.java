package org.veracity.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.distribution.DistributionAnswer;

/**
 * Everything about one item in one place (R21): the item, how it is treated now and its history. A field of the
 * item is copied here by {@link #of} only, and into the API's answer by {@code ContentDetail.of} only.
 */
public record ContentItemView(
        String id, String url, String domain, String text, String authorId, String authorKind, String groupId,
        List<String> topics, String region, String language, Instant postedAt, Instant receivedAt,
        long views, long shares, boolean ad, String sponsor, List<String> mediaHashes, String status,
        DistributionAnswer distribution, PredictionView prediction, QueueState queue,
        List<SignalView> signals, List<TreatmentView> treatments, List<RatingView> ratings, String exemption,
        List<String> eligibilityProblems,
        List<HistoryEntry> history) {

    /** The item's own fields, with what the query service loaded about it. */
    public static ContentItemView of(ContentItem i, DistributionAnswer distribution, PredictionView prediction,
                                     QueueState queue, List<SignalView> signals, List<TreatmentView> treatments,
                                     List<RatingView> ratings, String exemption, List<String> eligibilityProblems,
                                     List<HistoryEntry> history) {
        return new ContentItemView(i.getPlatformId(), i.getUrl(), i.getRegistrableDomain(), i.getText(),
                i.getAuthorId(), i.getAuthorKind().name(), i.getGroupId(), i.getTopics(), i.getRegion(),
                i.getLanguage(), i.getPostedAt(), i.getReceivedAt(), i.getViews(), i.getShares(), i.isAd(),
                i.getSponsor(), i.getMediaHashes(), i.getStatus().name(), distribution, prediction, queue, signals,
                treatments, ratings, exemption, eligibilityProblems, history);
    }

    public record PredictionView(double score, double modelScore, double threshold, boolean predicted,
                                 Instant evaluatedAt, Map<String, Double> features, List<String> explanation) {
    }

    public record SignalView(String kind, int count, Double score, Instant at) {
    }

    public record RatingView(long id, String organisation, String rater, String verdict, String claim,
                             String articleUrl, String summary, Instant ratedAt, Instant supersededAt,
                             List<DisputeView> disputes, String copyOf, Double copySimilarity, String copyEvidence) {
    }

    public record DisputeView(long id, String openedBy, String statement, Instant openedAt, String status,
                              String resolvedBy, Instant resolvedAt, String resolution) {
    }

    public record QueueState(long entryId, String status, String route, double priority, Instant enqueuedAt, String enqueuedBy,
                             String claimedBy, Instant leaseUntil,
                             String issue, String evidence) {
    }

    public record TreatmentView(String kind, double multiplier, Instant startsAt, Instant endsAt, Instant liftedAt,
                                boolean inForce, String reason, String policyVersion) {
    }

    public record HistoryEntry(long sequence, Instant at, String actor, String role, String action,
                               String policyVersion, String reason) {
    }
}
