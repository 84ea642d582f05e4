package org.veracity.domain.hoax;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The evidence R11 asks for when an item is blocked or queued: which entry, which of its variants, how it matched
 * and how close.
 *
 * @param entryId        the RFH entry
 * @param variantId      the entry's text variant; for a URL match the canonical URL, for a media match the
 *                       listed hash in hex
 * @param kind           what matched
 * @param similarity     in [0, 1]; for media {@code 1 - distance / 256}
 * @param tier           block or review
 * @param mediaDistance  the PDQ Hamming distance for a media match, otherwise -1
 * @param missingFacts   figures and names of the variant that the item lacks
 * @param addedFacts     figures and names of the item that the variant lacks
 * @param negationDiffers whether one text denies what the other asserts; differing facts or negation are why a
 *                       text match above the block threshold is only queued
 * @param counterSpeech  the cue as written by which the item reports, questions or disputes the claim rather than
 *                       states it ("FALSE:", "Is it true that …?"), or null; such an item is never blocked
 *                       ({@link CounterSpeech})
 */
public record HoaxMatch(String entryId, String variantId, MatchKind kind, double similarity, MatchTier tier,
        int mediaDistance, List<String> missingFacts, List<String> addedFacts, boolean negationDiffers,
        String counterSpeech) {

    /** A match without counter-speech (the form before issue 10). */
    public HoaxMatch(String entryId, String variantId, MatchKind kind, double similarity, MatchTier tier,
            int mediaDistance, List<String> missingFacts, List<String> addedFacts, boolean negationDiffers) {
        this(entryId, variantId, kind, similarity, tier, mediaDistance, missingFacts, addedFacts, negationDiffers,
                null);
    }

    /** Blocks before reviews, then the closest; ties broken by kind and ids so every matcher picks the same one. */
    public static final Comparator<HoaxMatch> BEST_FIRST = Comparator.comparing(HoaxMatch::tier)
            .thenComparing(Comparator.comparingDouble(HoaxMatch::similarity).reversed())
            .thenComparing(HoaxMatch::kind)
            .thenComparing(HoaxMatch::entryId)
            .thenComparing(HoaxMatch::variantId);

    public HoaxMatch {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(variantId, "variantId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tier, "tier");
        missingFacts = List.copyOf(missingFacts);
        addedFacts = List.copyOf(addedFacts);
        if (counterSpeech != null && tier == MatchTier.BLOCK) {
            throw new IllegalArgumentException("counter-speech is never blocked: " + counterSpeech);
        }
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be in [0, 1]: " + similarity);
        }
    }

    static HoaxMatch url(String entryId, CanonicalUrl url) {
        return new HoaxMatch(entryId, url.value(), MatchKind.URL, 1.0, MatchTier.BLOCK, -1, List.of(), List.of(),
                false);
    }

    static HoaxMatch media(String entryId, PdqHash listed, int distance, MatchTier tier) {
        return new HoaxMatch(entryId, listed.toHex(), MatchKind.MEDIA, 1.0 - distance / (double) PdqHash.BITS,
                tier, distance, List.of(), List.of(), false);
    }

    /** The better of two matches per {@link #BEST_FIRST}; either may be null. */
    static HoaxMatch better(HoaxMatch a, HoaxMatch b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return BEST_FIRST.compare(a, b) <= 0 ? a : b;
    }

    /** One line for the item's visible reason and the audit event. */
    public String evidence() {
        String closeness = kind == MatchKind.MEDIA
                ? String.format(Locale.ROOT, "PDQ distance %d", mediaDistance)
                : String.format(Locale.ROOT, "similarity %.3f", similarity);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s: RFH entry %s, %s %s, %s",
                tier, entryId, kind.name().toLowerCase(Locale.ROOT), variantId, closeness));
        if (!missingFacts.isEmpty()) {
            line.append("; lacks ").append(String.join(", ", missingFacts));
        }
        if (!addedFacts.isEmpty()) {
            line.append("; adds ").append(String.join(", ", addedFacts));
        }
        if (negationDiffers) {
            line.append("; negation differs");
        }
        if (counterSpeech != null) {
            line.append("; ").append(CounterSpeech.explain(counterSpeech));
        }
        return line.toString();
    }
}
