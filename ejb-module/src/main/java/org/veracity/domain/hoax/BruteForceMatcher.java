package org.veracity.domain.hoax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reference for {@link HoaxIndex}: the same normaliser, similarity and tier rule, applied to every variant,
 * link and hash in turn. Correct by construction and slow by design; tests and the benchmark compare the index's
 * decisions with its decisions. Not thread-safe.
 */
public final class BruteForceMatcher implements HoaxMatcher {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final MatchThresholds thresholds;
    private final TermDictionary dictionary = new TermDictionary();
    private final Map<String, Map<String, VariantFingerprint>> variants = new LinkedHashMap<>();
    private final List<String[]> urls = new ArrayList<>();
    /** Listed hashes as four words each, scanned end to end: a linear scan as fast as a plain loop gets. */
    private long[] hashWords = new long[64];
    private final List<String> hashEntries = new ArrayList<>();

    public BruteForceMatcher() {
        this(MatchThresholds.defaults());
    }

    public BruteForceMatcher(MatchThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    @Override
    public void add(String entryId, String variantId, String text) {
        HoaxIndex.requireId(entryId, "entryId");
        HoaxIndex.requireId(variantId, "variantId");
        VariantFingerprint variant = VariantFingerprint.of(entryId, variantId, normalizer.normalize(text),
                dictionary);
        variants.computeIfAbsent(entryId, e -> new LinkedHashMap<>()).put(variantId, variant);
    }

    @Override
    public void addUrl(String entryId, String url) {
        HoaxIndex.requireId(entryId, "entryId");
        urls.add(new String[] {entryId, CanonicalUrl.of(url).value()});
    }

    @Override
    public void addMediaHash(String entryId, String pdqHex) {
        HoaxIndex.requireId(entryId, "entryId");
        PdqHash hash = PdqHash.fromHex(pdqHex);
        int at = hashEntries.size() * 4;
        if (at + 4 > hashWords.length) {
            hashWords = Arrays.copyOf(hashWords, hashWords.length * 2);
        }
        for (int w = 0; w < 4; w++) {
            hashWords[at + w] = hash.word(w);
        }
        hashEntries.add(entryId);
    }

    @Override
    public void retire(String entryId) {
        variants.remove(entryId);
        urls.removeIf(u -> u[0].equals(entryId));
        for (int k = hashEntries.size() - 1; k >= 0; k--) {
            if (hashEntries.get(k).equals(entryId)) {
                System.arraycopy(hashWords, k * 4 + 4, hashWords, k * 4, (hashEntries.size() - k - 1) * 4);
                hashEntries.remove(k);
            }
        }
    }

    @Override
    public Optional<HoaxMatch> match(String text, String url, Collection<String> mediaHashes) {
        HoaxMatch best = null;
        Optional<CanonicalUrl> link = CanonicalUrl.parse(url);
        if (link.isPresent()) {
            for (String[] listed : urls) {
                if (listed[1].equals(link.get().value())) {
                    best = HoaxMatch.better(best, HoaxMatch.url(listed[0], link.get()));
                }
            }
        }
        if (mediaHashes != null) {
            for (String hex : mediaHashes) {
                best = HoaxMatch.better(best, nearestHash(PdqHash.fromHex(hex)));
            }
        }
        if (text != null) {
            best = HoaxMatch.better(best, bestText(normalizer.normalize(text)));
        }
        return Optional.ofNullable(best);
    }

    private HoaxMatch nearestHash(PdqHash query) {
        long q0 = query.word(0);
        long q1 = query.word(1);
        long q2 = query.word(2);
        long q3 = query.word(3);
        HoaxMatch best = null;
        long[] words = hashWords;
        int end = hashEntries.size() * 4;
        for (int k = 0, at = 0; at < end; k++, at += 4) {
            int distance = Long.bitCount(words[at] ^ q0) + Long.bitCount(words[at + 1] ^ q1)
                    + Long.bitCount(words[at + 2] ^ q2) + Long.bitCount(words[at + 3] ^ q3);
            if (distance <= thresholds.mediaReviewDistance()) {
                PdqHash listed = PdqHash.ofWords(words[at], words[at + 1], words[at + 2], words[at + 3]);
                best = HoaxMatch.better(best,
                        MediaHashIndex.mediaMatch(hashEntries.get(k), listed, distance, thresholds));
            }
        }
        return best;
    }

    private HoaxMatch bestText(NormalizedText text) {
        ItemFingerprint item = ItemFingerprint.of(text, dictionary);
        HoaxMatch best = null;
        for (Map<String, VariantFingerprint> entry : variants.values()) {
            for (VariantFingerprint variant : entry.values()) {
                best = HoaxMatch.better(best, TextSimilarity.judge(variant, item, thresholds, dictionary));
            }
        }
        return best;
    }
}
