package org.veracity.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.veracity.domain.factcheck.Rating;
import org.veracity.domain.factcheck.RatingRepository;
import org.veracity.domain.hoax.HoaxIndex;
import org.veracity.domain.hoax.HoaxMatch;
import org.veracity.domain.hoax.MatchThresholds;

/**
 * The items fact-checkers rated False or Altered, as one {@link HoaxIndex} (entry = rating id, variants = the rated
 * claim and the rated item's text), so that intake finds an item copying any of them in one lookup (issue 10).
 * Rebuilt when the ratings table's fingerprint (last id, last supersession) moved: one query on two indexes per
 * intake batch.
 */
@ApplicationScoped
public class RatedOriginals {

    private static final Logger LOG = Logger.getLogger(RatedOriginals.class.getName());

    @Inject
    RatingRepository ratings;

    @Inject
    MatchThresholds thresholds;

    private volatile Snapshot snapshot = new Snapshot("", new HoaxIndex(), Map.of());

    /** The index as of the ratings now committed. */
    public Snapshot current() {
        String fingerprint = ratings.fingerprint();
        return fingerprint.equals(snapshot.fingerprint()) ? snapshot : rebuild(fingerprint);
    }

    private synchronized Snapshot rebuild(String fingerprint) {
        if (!fingerprint.equals(snapshot.fingerprint())) {
            List<Rating> originals = ratings.currentFalseOrAlteredOriginals();
            HoaxIndex index = new HoaxIndex(thresholds);
            Map<String, Long> ratingIds = new HashMap<>();
            for (Rating r : originals) {
                String entry = String.valueOf(r.getId());
                if (CopyPropagation.index(index, entry, r)) {
                    ratingIds.put(entry, r.getId());
                }
            }
            snapshot = new Snapshot(fingerprint, index, Map.copyOf(ratingIds));
            LOG.fine(() -> "rated originals: " + ratingIds.size() + " False/Altered ratings indexed");
        }
        return snapshot;
    }

    public record Snapshot(String fingerprint, HoaxIndex index, Map<String, Long> ratingIds) {

        public Optional<HoaxMatch> match(String text) {
            return ratingIds.isEmpty() || text == null ? Optional.empty() : index.match(text, null, null);
        }
    }
}
