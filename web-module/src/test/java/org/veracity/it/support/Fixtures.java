package org.veracity.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import org.veracity.domain.factcheck.Verdict;

/**
 * The shapes the integration tests send again and again, built as JSON objects rather than escaped strings:
 * a content submission (DESIGN §4), a signal, a rating, and the scenarios made of them — an item predicted
 * false and so waiting for fact-checkers, and an item a partner rated FALSE.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** A submission carrying only its id; a test names the fields it cares about. */
    public static Content content(String id) {
        return new Content(id);
    }

    /**
     * A person's post of this text about politics, in English, in the US, with 50 shares and no address: the
     * usual item of the intake format (DESIGN §4).
     */
    public static Content post(String id, String text, long views, Instant postedAt) {
        return content(id).text(text).author("author-" + id, "PERSON").topics("politics").region("US").language("en")
                .postedAt(postedAt).views(views).shares(50).ad(false);
    }

    /** A {@link #post} on www.example.org reading "Claim id" ({@link Api#item} as a JSON object). */
    public static Content claim(String id, long views, Instant postedAt) {
        return post(id, "Claim " + id, views, postedAt).url("https://www.example.org/" + id);
    }

    /**
     * A region code (user-assigned, X?) for a test to keep its queue to itself: a partner serving only this region
     * sees only the items posted there, whatever other tests left in the queue.
     */
    public static String freshRegion() {
        return "X" + (char) ('A' + ThreadLocalRandom.current().nextInt(26));
    }

    /** The body of {@code POST /api/v1/content}. */
    public static JsonObject items(Content... items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        Arrays.stream(items).forEach(i -> array.add(i.json()));
        return Json.createObjectBuilder().add("items", array).build();
    }

    /** One signal about an item (DESIGN §4): {@code count} reports of {@code kind} at {@code at}. */
    public static JsonObject signal(String id, String contentId, String kind, int count, Instant at) {
        return Json.createObjectBuilder().add("id", id).add("contentId", contentId).add("kind", kind)
                .add("count", count).add("at", at.toString()).build();
    }

    /** The body of {@code POST /api/v1/signals}. */
    public static JsonObject signals(JsonObject... signals) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        Arrays.stream(signals).forEach(array::add);
        return Json.createObjectBuilder().add("signals", array).build();
    }

    /** The body of {@code POST /api/v1/distribution} for these items. */
    public static JsonObject distributionOf(String... ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        Arrays.stream(ids).forEach(array::add);
        return Json.createObjectBuilder().add("ids", array).build();
    }

    /** A fact-checker's rating of an item, as the partner API takes it. */
    public static JsonObject rating(Verdict verdict, String claim, String articleUrl, String summary) {
        return Json.createObjectBuilder().add("rating", verdict.name()).add("claim", claim)
                .add("articleUrl", articleUrl).add("summary", summary).build();
    }

    /**
     * Submits the item with an external signal of falsity, so that it is predicted false, demoted and queued
     * for fact-checkers (R7); answers its id. The token needs content:write and signals:write.
     */
    public static String predicted(Api api, String token, Content item) {
        api.postJsonOk("/api/v1/content", token, items(item));
        api.postJsonOk("/api/v1/signals", token, signals(signal(item.id() + "-x", item.id(), "EXTERNAL_FALSITY", 3,
                Instant.now())));
        return item.id();
    }

    /**
     * A predicted item that a partner's fact-checker ({@code checker}, a partner token) claimed and rated FALSE
     * with this summary; answers its id.
     */
    public static String ratedFalse(Api api, String token, String checker, Content item, String summary) {
        String id = predicted(api, token, item);
        try (Response r = api.request("/api/v1/factcheck/queue/" + id + "/claim", checker).post(Entity.json("{}"))) {
            if (r.getStatus() != 200) {
                throw new AssertionError("claiming " + id + " answered " + r.getStatus());
            }
        }
        api.postJsonOk("/api/v1/factcheck/queue/" + id + "/rating", checker, rating(Verdict.FALSE,
                "The claim of " + id, "https://factcheck.example/" + id, summary));
        return id;
    }

    /** A content submission under construction; each setter replaces the field it names. */
    public static final class Content {

        private final String id;
        private JsonObjectBuilder json = Json.createObjectBuilder();

        private Content(String id) {
            this.id = id;
            json.add("id", id);
        }

        public String id() {
            return id;
        }

        /** Where a shortened address leads, as the platform resolved it. */
        public Content resolvedUrl(String url) {
            json.add("resolvedUrl", url);
            return this;
        }

        public Content text(String text) {
            json.add("text", text);
            return this;
        }

        public Content url(String url) {
            json.add("url", url);
            return this;
        }

        /** Who posted it: an author id and an author kind (PERSON, POLITICIAN, …). */
        public Content author(String authorId, String kind) {
            json.add("authorId", authorId).add("authorKind", kind);
            return this;
        }

        public Content topics(String... topics) {
            json.add("topics", Json.createArrayBuilder(Arrays.asList(topics)));
            return this;
        }

        public Content region(String region) {
            json.add("region", region);
            return this;
        }

        public Content language(String language) {
            json.add("language", language);
            return this;
        }

        public Content postedAt(Instant postedAt) {
            json.add("postedAt", postedAt.toString());
            return this;
        }

        public Content views(long views) {
            json.add("views", views);
            return this;
        }

        public Content shares(long shares) {
            json.add("shares", shares);
            return this;
        }

        public Content ad(boolean ad) {
            json.add("ad", ad);
            return this;
        }

        /** The "paid for by" disclosure of a political ad (R19). */
        public Content sponsor(String sponsor) {
            json.add("sponsor", sponsor);
            return this;
        }

        /** The submission as it stands (the builder keeps its fields, so a test may change one and send again). */
        public JsonObject json() {
            JsonObject built = json.build();
            json = Json.createObjectBuilder(built);
            return built;
        }
    }
}
