package org.veracity.domain.hoax;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The hoax matcher used at intake: text through {@link TextVariantIndex}, links by canonical form, images through
 * {@link MediaHashIndex}. It gives the same answers as {@link BruteForceMatcher} without comparing against every
 * variant and hash.
 *
 * <p>Thread-safe: any number of {@link #match} calls run together under a read lock; changes take the write lock.
 * Entries change when a policy lead acts, items arrive all the time.
 */
public final class HoaxIndex implements HoaxMatcher {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final MatchThresholds thresholds;
    private final TextVariantIndex texts;
    private final MediaHashIndex media;
    private final Map<CanonicalUrl, TreeSet<String>> entriesByUrl = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    public HoaxIndex() {
        this(MatchThresholds.defaults());
    }

    public HoaxIndex(MatchThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.texts = new TextVariantIndex(thresholds);
        this.media = new MediaHashIndex(thresholds.mediaReviewDistance());
    }

    @Override
    public void add(String entryId, String variantId, String text) {
        requireId(entryId, "entryId");
        requireId(variantId, "variantId");
        NormalizedText normalized = normalizer.normalize(text);
        lock.writeLock().lock();
        try {
            texts.add(entryId, variantId, normalized);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void addUrl(String entryId, String url) {
        requireId(entryId, "entryId");
        CanonicalUrl canonical = CanonicalUrl.of(url);
        lock.writeLock().lock();
        try {
            entriesByUrl.computeIfAbsent(canonical, u -> new TreeSet<>()).add(entryId);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void addMediaHash(String entryId, String pdqHex) {
        requireId(entryId, "entryId");
        PdqHash hash = PdqHash.fromHex(pdqHex);
        lock.writeLock().lock();
        try {
            media.add(entryId, hash);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void retire(String entryId) {
        lock.writeLock().lock();
        try {
            texts.retire(entryId);
            media.retire(entryId);
            entriesByUrl.values().forEach(entries -> entries.remove(entryId));
            entriesByUrl.values().removeIf(TreeSet::isEmpty);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public Optional<HoaxMatch> match(String text, String url, Collection<String> mediaHashes) {
        // Parsing and normalising need no lock; only the lookups do.
        NormalizedText normalized = text == null ? null : normalizer.normalize(text);
        Optional<CanonicalUrl> link = CanonicalUrl.parse(url);
        PdqHash[] hashes = mediaHashes == null ? new PdqHash[0]
                : mediaHashes.stream().map(PdqHash::fromHex).toArray(PdqHash[]::new);
        lock.readLock().lock();
        try {
            HoaxMatch best = null;
            if (link.isPresent()) {
                TreeSet<String> entries = entriesByUrl.get(link.get());
                if (entries != null) {
                    best = HoaxMatch.url(entries.first(), link.get());
                }
            }
            for (PdqHash hash : hashes) {
                best = HoaxMatch.better(best, media.nearest(hash, thresholds));
            }
            if (normalized != null) {
                best = HoaxMatch.better(best, texts.best(normalized));
            }
            return Optional.ofNullable(best);
        } finally {
            lock.readLock().unlock();
        }
    }

    public MatchThresholds thresholds() {
        return thresholds;
    }

    /** Number of text variants indexed. */
    public int variantCount() {
        lock.readLock().lock();
        try {
            return texts.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    static void requireId(String id, String name) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
    }
}
