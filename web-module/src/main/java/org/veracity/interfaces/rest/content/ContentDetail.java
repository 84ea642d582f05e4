package org.veracity.interfaces.rest.content;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.veracity.application.ContentItemView;
import org.veracity.interfaces.rest.Conversions;
import org.veracity.interfaces.rest.distribution.DistributionItems;

/** {@code GET /api/v1/content/{id}}: the item, its treatments, labels, queue state, ratings and history. */
@XmlRootElement(name = "content")
@XmlAccessorType(XmlAccessType.FIELD)
@Schema(name = "ContentDetail", description = "A stored item, its distribution now, and everything decided about it")
public class ContentDetail {

    public String id;
    public String url;
    public String domain;
    public String text;
    public String authorId;
    public String authorKind;
    public String groupId;
    @XmlElement(name = "topics")
    public List<String> topics;
    public String region;
    public String language;
    public String postedAt;
    public String receivedAt;
    public long views;
    public long shares;
    public boolean ad;
    public String sponsor;
    @XmlElement(name = "mediaHashes")
    public List<String> mediaHashes;
    public String status;
    public DistributionItems.Item distribution;
    public Prediction prediction;
    public Queue queue;
    @XmlElement(name = "treatments")
    public List<Treatment> treatments = new ArrayList<>();
    @XmlElement(name = "ratings")
    public List<RatingEntry> ratings = new ArrayList<>();
    public String exemption;
    @XmlElement(name = "eligibilityProblems")
    public List<String> eligibilityProblems = new ArrayList<>();
    @XmlElement(name = "history")
    public List<HistoryEntry> history = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "Prediction")
    public static class Prediction {
        public double score;
        public double modelScore;
        public double threshold;
        public boolean predicted;
        public String evaluatedAt;
        @XmlElement(name = "features")
        public List<Feature> features = new ArrayList<>();
        @XmlElement(name = "explanation")
        public List<String> explanation = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "RatingEntry")
    public static class RatingEntry {
        public long id;
        public String organisation;
        public String rater;
        public String rating;
        public String claim;
        public String articleUrl;
        public String summary;
        public String ratedAt;
        public String supersededAt;
        /** For a rating that reached this item as a copy of a rated one (issue 10): that item's id. */
        public String copyOf;
        public Double copySimilarity;
        /** "copy of rated item X (similarity s)". */
        public String evidence;
        @XmlElement(name = "disputes")
        public List<DisputeEntry> disputes = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "DisputeEntry")
    public static class DisputeEntry {
        public long id;
        public String openedBy;
        public String statement;
        public String openedAt;
        public String status;
        public String resolution;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "PredictionFeature")
    public static class Feature {
        public String name;
        public double value;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "QueueState")
    public static class Queue {
        public long entryId;
        public String issue;
        public String evidence;
        public String status;
        public String route;
        public double priority;
        public String enqueuedAt;
        public String enqueuedBy;
        public String claimedBy;
        public String leaseUntil;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "Treatment")
    public static class Treatment {
        public String kind;
        public double multiplier;
        public String startsAt;
        public String endsAt;
        public String liftedAt;
        public boolean inForce;
        public String reason;
        public String policyVersion;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "HistoryEntry")
    public static class HistoryEntry {
        public long sequence;
        public String at;
        public String actor;
        public String role;
        public String action;
        public String policyVersion;
        public String reason;
    }

    public static ContentDetail of(ContentItemView v) {
        ContentDetail d = new ContentDetail();
        d.id = v.id();
        d.url = v.url();
        d.domain = v.domain();
        d.text = v.text();
        d.authorId = v.authorId();
        d.authorKind = v.authorKind();
        d.groupId = v.groupId();
        d.topics = v.topics();
        d.region = v.region();
        d.language = v.language();
        d.postedAt = Conversions.text(v.postedAt());
        d.receivedAt = Conversions.text(v.receivedAt());
        d.views = v.views();
        d.shares = v.shares();
        d.ad = v.ad();
        d.sponsor = v.sponsor();
        d.mediaHashes = v.mediaHashes();
        d.status = v.status();
        d.distribution = DistributionItems.Item.of(v.distribution());
        d.prediction = prediction(v.prediction());
        d.queue = queue(v.queue());
        v.treatments().forEach(t -> d.treatments.add(treatment(t)));
        v.ratings().forEach(r -> d.ratings.add(rating(r)));
        d.exemption = v.exemption();
        d.eligibilityProblems.addAll(v.eligibilityProblems());
        v.history().forEach(h -> d.history.add(history(h)));
        return d;
    }

    private static Prediction prediction(ContentItemView.PredictionView p) {
        if (p == null) {
            return null;
        }
        Prediction out = new Prediction();
        out.score = p.score();
        out.modelScore = p.modelScore();
        out.threshold = p.threshold();
        out.predicted = p.predicted();
        out.evaluatedAt = Conversions.text(p.evaluatedAt());
        out.explanation.addAll(p.explanation());
        p.features().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> {
            Feature f = new Feature();
            f.name = e.getKey();
            f.value = e.getValue();
            out.features.add(f);
        });
        return out;
    }

    private static Queue queue(ContentItemView.QueueState q) {
        if (q == null) {
            return null;
        }
        Queue out = new Queue();
        out.entryId = q.entryId();
        out.issue = q.issue();
        out.evidence = q.evidence();
        out.status = q.status();
        out.route = q.route();
        out.priority = q.priority();
        out.enqueuedAt = Conversions.text(q.enqueuedAt());
        out.enqueuedBy = q.enqueuedBy();
        out.claimedBy = q.claimedBy();
        out.leaseUntil = Conversions.text(q.leaseUntil());
        return out;
    }

    private static RatingEntry rating(ContentItemView.RatingView r) {
        RatingEntry out = new RatingEntry();
        out.id = r.id();
        out.organisation = r.organisation();
        out.rater = r.rater();
        out.rating = r.verdict();
        out.claim = r.claim();
        out.articleUrl = r.articleUrl();
        out.summary = r.summary();
        out.ratedAt = Conversions.text(r.ratedAt());
        out.supersededAt = Conversions.text(r.supersededAt());
        out.copyOf = r.copyOf();
        out.copySimilarity = r.copySimilarity();
        out.evidence = r.copyEvidence();
        r.disputes().forEach(x -> {
            DisputeEntry e = new DisputeEntry();
            e.id = x.id();
            e.openedBy = x.openedBy();
            e.statement = x.statement();
            e.openedAt = Conversions.text(x.openedAt());
            e.status = x.status();
            e.resolution = x.resolution();
            out.disputes.add(e);
        });
        return out;
    }

    private static Treatment treatment(ContentItemView.TreatmentView t) {
        Treatment out = new Treatment();
        out.kind = t.kind();
        out.multiplier = t.multiplier();
        out.startsAt = Conversions.text(t.startsAt());
        out.endsAt = Conversions.text(t.endsAt());
        out.liftedAt = Conversions.text(t.liftedAt());
        out.inForce = t.inForce();
        out.reason = t.reason();
        out.policyVersion = t.policyVersion();
        return out;
    }

    private static HistoryEntry history(ContentItemView.HistoryEntry h) {
        HistoryEntry out = new HistoryEntry();
        out.sequence = h.sequence();
        out.at = Conversions.text(h.at());
        out.actor = h.actor();
        out.role = h.role();
        out.action = h.action();
        out.policyVersion = h.policyVersion();
        out.reason = h.reason();
        return out;
    }
}
