package org.veracity.domain.prediction;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.veracity.domain.content.ContentItem;

/** One evaluation of the predictor for an item, kept with its features (R2). */
@Entity
@Table(name = "prediction")
public class Prediction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "content_id")
    private ContentItem item;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "prediction_feature", joinColumns = @JoinColumn(name = "prediction_id"))
    @MapKeyColumn(name = "feature", length = 60)
    @Column(name = "feature_value")
    private Map<String, Double> features = new HashMap<>();

    @Column(name = "model_score", nullable = false)
    private double modelScore;

    @Column(nullable = false)
    private double score;

    @Column(nullable = false)
    private double threshold;

    @Column(nullable = false)
    private boolean predicted;

    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;

    protected Prediction() {
    }

    public static Prediction of(ContentItem item, PredictionOutcome outcome, Instant at) {
        Prediction p = new Prediction();
        p.item = item;
        p.features = new HashMap<>(outcome.features());
        p.modelScore = outcome.modelScore();
        p.score = outcome.score();
        p.threshold = outcome.threshold();
        p.predicted = outcome.predicted();
        p.evaluatedAt = at;
        return p;
    }

    public ContentItem getItem() { return item; }
    public Map<String, Double> getFeatures() { return Map.copyOf(features); }
    public double getModelScore() { return modelScore; }
    public double getScore() { return score; }
    public double getThreshold() { return threshold; }
    public boolean isPredicted() { return predicted; }
    public Instant getEvaluatedAt() { return evaluatedAt; }
}
