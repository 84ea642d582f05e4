package org.veracity.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.application.internal.ActiveHoaxes.Scope;
import org.veracity.domain.breakglass.BreakGlassMeasure;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.hoax.HoaxMatch;
import org.veracity.domain.hoax.SemanticIndex;
import org.veracity.domain.hoax.SemanticThresholds;
import org.veracity.domain.hoax.SentenceEncoder;
import org.veracity.domain.rfh.RfhEntry;
import org.veracity.domain.rfh.RfhRepository;

/**
 * The semantic tier's view of the active RFH entries (issue 10): one {@link SemanticIndex} per active measure,
 * rebuilt whenever {@link ActiveHoaxes} moves to a new generation. Variant embeddings are cached in memory by
 * text, so a rebuild only encodes variants that are new; those of retired entries are dropped.
 */
@ApplicationScoped
public class SemanticHoaxes {

    private static final Logger LOG = Logger.getLogger(SemanticHoaxes.class.getName());

    @Inject
    ActiveHoaxes hoaxes;

    @Inject
    RfhRepository entries;

    @Inject
    SentenceEncoder encoder;

    @Inject
    @ConfigProperty(name = "veracity.rfh.semantic.review-similarity")
    double review;

    @Inject
    @ConfigProperty(name = "veracity.rfh.semantic.max-suggestions")
    int maxSuggestions;

    private volatile Built built = new Built(-1, List.of());
    private Map<String, float[]> cache = new HashMap<>();

    /** Entries (other than {@code skip}) close in meaning to the item, across the measures that cover it. */
    public List<HoaxMatch> suggest(ContentSubmission item, Set<String> skip) {
        ActiveHoaxes.Snapshot active = hoaxes.current();
        if (active.isEmpty() || item.text() == null || item.text().isBlank()) {
            return List.of();
        }
        Built now = indexes(active.generation());
        List<MeasureMeaning> covering = now.measures().stream().filter(m -> m.scope().covers(item)).toList();
        if (covering.isEmpty()) {
            return List.of();
        }
        float[] embedding = encoder.encode(item.text());
        Map<String, HoaxMatch> best = new LinkedHashMap<>();
        for (MeasureMeaning m : covering) {
            m.index().suggest(embedding, skip).forEach(s -> best.merge(s.entryId(), s,
                    (a, b) -> HoaxMatch.BEST_FIRST.compare(a, b) <= 0 ? a : b));
        }
        return best.values().stream().sorted(HoaxMatch.BEST_FIRST).limit(thresholds().maxSuggestions()).toList();
    }

    /** Loads the model and embeds the active variants now, so the first item is not the one that waits. */
    public void warmUp() {
        ActiveHoaxes.Snapshot active = hoaxes.current();
        indexes(active.generation());
        encoder.encode("warm-up");
    }

    public SemanticThresholds thresholds() {
        return new SemanticThresholds(review, maxSuggestions);
    }

    private Built indexes(long generation) {
        Built b = built;
        if (b.generation() == generation) {
            return b;
        }
        synchronized (this) {
            if (built.generation() == generation) {
                return built;
            }
            Map<Long, MeasureMeaning> measures = new LinkedHashMap<>();
            Map<String, float[]> kept = new HashMap<>();
            SemanticThresholds thresholds = thresholds();
            for (RfhEntry entry : entries.enforced()) {
                BreakGlassMeasure measure = entry.getMeasure();
                SemanticIndex index = measures.computeIfAbsent(measure.getId(), id -> new MeasureMeaning(
                        Scope.of(measure.getIssue()), new SemanticIndex(thresholds, encoder.dimensions()))).index();
                List<String> variants = entry.getVariants();
                for (int v = 0; v < variants.size(); v++) {
                    String text = variants.get(v);
                    float[] vector = kept.computeIfAbsent(text, t -> {
                        float[] known = cache.get(t);
                        return known != null ? known : encoder.encode(t);
                    });
                    index.add(String.valueOf(entry.getId()), ActiveHoaxes.variantId(v), vector);
                }
            }
            cache = kept;
            built = new Built(generation, new ArrayList<>(measures.values()));
            LOG.info(() -> "semantic RFH index generation " + generation + ": " + kept.size()
                    + " variant embeddings under " + measures.size() + " active measures");
            return built;
        }
    }

    private record Built(long generation, List<MeasureMeaning> measures) {
    }

    private record MeasureMeaning(Scope scope, SemanticIndex index) {
    }
}
