package org.veracity.application.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.domain.breakglass.BreakGlassMeasure;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.hoax.HoaxIndex;
import org.veracity.domain.hoax.MatchThresholds;
import org.veracity.domain.importance.IssueOfImportance;
import org.veracity.domain.rfh.RfhEntry;
import org.veracity.domain.rfh.RfhRepository;

/**
 * The RFH entries intake matches against (R11): approved entries of active break-glass measures,
 * one in-memory {@link HoaxIndex} per measure.
 *
 * <p>Every change to what is matched (approval, retirement, activation, deactivation) advances a
 * generation counter in the database in its own transaction. This instance re-reads the counter
 * right after such a commit of its own, and otherwise at most once per
 * {@code veracity.rfh.generation-check-interval}, so other instances of a cluster pick up a change
 * within that interval. When the counter moved, the thread that noticed rebuilds the index from the
 * database and swaps it in whole; other threads keep matching against the previous index meanwhile.
 */
@ApplicationScoped
public class ActiveHoaxes {

    private static final Logger LOG = Logger.getLogger(ActiveHoaxes.class.getName());

    @Inject
    RfhRepository entries;

    @Inject
    MatchThresholds thresholds;

    @Inject
    @ConfigProperty(name = "veracity.rfh.generation-check-interval")
    Duration checkInterval;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private static final String CHANGED_HERE = ActiveHoaxes.class.getName() + ".changed";
    private static final String OWN_SNAPSHOT = ActiveHoaxes.class.getName() + ".own";

    private volatile Snapshot snapshot = Snapshot.NONE;
    private volatile boolean stale = true;
    private volatile long checkedAtNanos;

    /**
     * What intake matches against now. Inside a transaction that itself changed what is matched (a use
     * case, or the demo loader, that approves an entry and then takes in content), the answer is that
     * transaction's own view, so the change holds at once for it as it will for everyone after commit.
     */
    public Snapshot current() {
        if (changedInThisTransaction()) {
            return ownSnapshot();
        }
        if (stale || System.nanoTime() - checkedAtNanos > checkInterval.toNanos()) {
            refresh();
        }
        return snapshot;
    }

    private synchronized void refresh() {
        if (!stale && System.nanoTime() - checkedAtNanos <= checkInterval.toNanos()) {
            return;
        }
        stale = false;
        checkedAtNanos = System.nanoTime();
        long generation = entries.generation();
        if (generation != snapshot.generation()) {
            snapshot = build(generation, entries.enforced());
        }
    }

    /**
     * Called by a use case that changes what intake matches, inside its transaction: advances the
     * generation, and makes this instance re-read it as soon as the transaction has completed.
     */
    public void changed() {
        entries.advanceGeneration();
        transactions.putResource(CHANGED_HERE, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                stale = true;
            }
        });
    }

    private boolean changedInThisTransaction() {
        return transactions.getTransactionKey() != null && transactions.getResource(CHANGED_HERE) != null;
    }

    /** Built from what this transaction sees (its own uncommitted changes included); never shared. */
    private Snapshot ownSnapshot() {
        long generation = entries.generation();
        Snapshot own = (Snapshot) transactions.getResource(OWN_SNAPSHOT);
        if (own == null || own.generation() != generation) {
            own = build(generation, entries.enforced());
            transactions.putResource(OWN_SNAPSHOT, own);
        }
        return own;
    }

    Snapshot build(long generation, List<RfhEntry> enforced) {
        Map<Long, MeasureIndex> measures = new LinkedHashMap<>();
        Map<String, EntryFacts> byId = new HashMap<>();
        for (RfhEntry entry : enforced) {
            BreakGlassMeasure measure = entry.getMeasure();
            HoaxIndex index = measures.computeIfAbsent(measure.getId(), id -> new MeasureIndex(measure.getName(),
                    Scope.of(measure.getIssue()), new HoaxIndex(thresholds))).index();
            String entryId = String.valueOf(entry.getId());
            byId.put(entryId, new EntryFacts(entry.getId(), entry.getClaim(), measure.getName()));
            List<String> variants = entry.getVariants();
            for (int v = 0; v < variants.size(); v++) {
                String variantId = variantId(v);
                String text = variants.get(v);
                addQuietly(entryId, () -> index.add(entryId, variantId, text));
            }
            entry.getLinks().forEach(link -> addQuietly(entryId, () -> index.addUrl(entryId, link)));
            entry.getMediaHashes().forEach(hash -> addQuietly(entryId, () -> index.addMediaHash(entryId, hash)));
        }
        LOG.info(() -> "RFH index generation " + generation + ": " + byId.size() + " entries under "
                + measures.size() + " active measures");
        return new Snapshot(generation, List.copyOf(measures.values()), Map.copyOf(byId));
    }

    private static void addQuietly(String entryId, Runnable add) {
        try {
            add.run();
        } catch (IllegalArgumentException e) {
            // Checked at nomination; a text that names only a topic is skipped rather than blocking everything.
            LOG.warning(() -> "RFH entry " + entryId + ": " + e.getMessage());
        }
    }

    /** How a variant is named in the evidence: "v1" is the claim, then the evidence items' texts. */
    public static String variantId(int position) {
        return "v" + (position + 1);
    }

    /** The active measures' indexes and the entries they hold, as of one generation. */
    public record Snapshot(long generation, List<MeasureIndex> measures, Map<String, EntryFacts> entries) {

        static final Snapshot NONE = new Snapshot(-1, List.of(), Map.of());

        public boolean isEmpty() {
            return measures.isEmpty();
        }
    }

    /** What a verdict tells about the entry it rests on. */
    public record EntryFacts(long id, String claim, String measure) {
    }

    /** One active measure: whom it covers (its issue of importance) and its entries' index. */
    public record MeasureIndex(String measure, Scope scope, HoaxIndex index) {
    }

    /**
     * The content a measure covers, from its issue of importance: the issue's regions (an item that
     * names no region is not taken to be outside them) and its topics or keywords.
     */
    public record Scope(List<String> regions, List<String> topics, List<String> keywords) {

        static Scope of(IssueOfImportance issue) {
            return new Scope(List.copyOf(issue.getRegions()), List.copyOf(issue.getTopics()),
                    List.copyOf(issue.getKeywords()));
        }

        public boolean covers(ContentSubmission item) {
            boolean inRegion = regions.isEmpty() || item.region() == null
                    || regions.contains(item.region().toLowerCase(Locale.ROOT));
            if (!inRegion) {
                return false;
            }
            if (topics.isEmpty() && keywords.isEmpty()) {
                return true;
            }
            if (item.topics().stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).anyMatch(topics::contains)) {
                return true;
            }
            String text = item.text() == null ? "" : item.text().toLowerCase(Locale.ROOT);
            return keywords.stream().anyMatch(text::contains);
        }
    }

}
