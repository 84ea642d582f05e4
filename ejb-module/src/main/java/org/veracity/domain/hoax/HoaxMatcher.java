package org.veracity.domain.hoax;

import java.util.Collection;
import java.util.Optional;

/**
 * Catches new versions of repeatedly fact-checked hoaxes (R11) at intake and in the pre-publish check. It holds
 * the entries whose break-glass measure is active; the service layer adds an entry's variants, links and media
 * hashes when the measure becomes active and retires the entry when it ends.
 */
public interface HoaxMatcher {

    /**
     * Adds a text variant of an entry, or replaces the variant with the same id.
     *
     * @throws IllegalArgumentException when the text has fewer than three content terms: it would name a topic,
     *                                  not a claim
     */
    void add(String entryId, String variantId, String text);

    /** Lists a link of the entry; stored in canonical form ({@link CanonicalUrl}). */
    void addUrl(String entryId, String url);

    /** Lists a PDQ hash (64 hex digits) of the entry's images. */
    void addMediaHash(String entryId, String pdqHex);

    /** Removes the entry with all its variants, links and hashes; unknown entries are ignored. */
    void retire(String entryId);

    /**
     * The best match of an item, if any: blocks before reviews, then the closest.
     *
     * @param text        the item's text, may be null
     * @param url         the item's link, may be null; a link that does not parse matches nothing
     * @param mediaHashes PDQ hashes of the item's images, may be null
     * @throws IllegalArgumentException when a media hash is not 64 hex digits
     */
    Optional<HoaxMatch> match(String text, String url, Collection<String> mediaHashes);
}
