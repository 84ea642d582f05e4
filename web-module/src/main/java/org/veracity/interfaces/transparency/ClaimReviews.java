package org.veracity.interfaces.transparency;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.veracity.domain.transparency.ClaimReviewRating;
import org.veracity.domain.transparency.PublishedFactCheck;
import org.veracity.interfaces.JsonDocuments;

/**
 * A published rating as schema.org {@code ClaimReview} JSON-LD (R23), with the properties search engines
 * require for fact-check rich results: {@code claimReviewed}, {@code reviewRating} (value on the 1–5 scale,
 * best, worst, {@code alternateName}), {@code url} (the partner's article), {@code author} (the partner
 * organisation), {@code datePublished}, and {@code itemReviewed} as a {@code Claim} with its first-appearance
 * date and, for posts by pages, politicians and campaigns, where it appeared.
 */
final class ClaimReviews {

    /** The CSV of the feed: one record per ClaimReview, each column named by its path in the JSON-LD. */
    static final List<String> CSV_COLUMNS = List.of("url", "claimReviewed", "datePublished", "author.name",
            "reviewRating.ratingValue", "reviewRating.bestRating", "reviewRating.worstRating",
            "reviewRating.alternateName", "itemReviewed.appearance.url", "itemReviewed.firstAppearance.datePublished");

    private ClaimReviews() {
    }

    /** A ClaimReview's CSV record, read from its JSON-LD so that the two formats cannot say different things. */
    static List<?> csvRecord(JsonObject review) {
        return Arrays.asList(CSV_COLUMNS.stream().map(path -> at(review, path)).toArray());
    }

    private static Object at(JsonObject review, String path) {
        JsonObject node = review;
        String[] names = path.split("\\.");
        for (int i = 0; i < names.length - 1; i++) {
            node = node.getJsonObject(names[i]);
            if (node == null) {
                return null;
            }
        }
        return node.get(names[names.length - 1]) instanceof jakarta.json.JsonString text ? text.getString()
                : node.get(names[names.length - 1]);
    }

    static JsonObject of(PublishedFactCheck f) {
        ClaimReviewRating rating = ClaimReviewRating.of(f.verdict());
        JsonObjectBuilder claim = JsonDocuments.BUILDERS.createObjectBuilder().add("@type", "Claim")
                .add("firstAppearance", JsonDocuments.BUILDERS.createObjectBuilder().add("@type", "CreativeWork")
                        .add("datePublished", f.firstAppearance().atOffset(ZoneOffset.UTC).toLocalDate().toString()));
        if (f.appearanceUrl() != null) {
            claim.add("appearance", JsonDocuments.BUILDERS.createObjectBuilder().add("@type", "CreativeWork").add("url", f.appearanceUrl()));
        }
        return JsonDocuments.BUILDERS.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "ClaimReview")
                .add("url", f.articleUrl())
                .add("claimReviewed", f.claim())
                .add("datePublished", f.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString())
                .add("author", JsonDocuments.BUILDERS.createObjectBuilder().add("@type", "Organization").add("name", f.partner()))
                .add("reviewRating", JsonDocuments.BUILDERS.createObjectBuilder().add("@type", "Rating")
                        .add("ratingValue", rating.ratingValue())
                        .add("bestRating", ClaimReviewRating.BEST)
                        .add("worstRating", ClaimReviewRating.WORST)
                        .add("alternateName", rating.alternateName()))
                .add("itemReviewed", claim)
                .build();
    }
}
