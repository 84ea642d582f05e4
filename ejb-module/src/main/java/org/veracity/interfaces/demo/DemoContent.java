package org.veracity.interfaces.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.veracity.application.ContentQueryService;
import org.veracity.application.IntakeService;
import org.veracity.domain.access.Actor;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.signal.SignalKind;
import org.veracity.domain.signal.SignalSubmission;

/**
 * Loads demo/demo-content.json (built by config/demo/generate_demo_content.py from CoAID and LIAR)
 * through the ordinary intake service, so demo items are predicted, enqueued and demoted by the
 * same rules as real ones.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DemoContent {

    private static final String RESOURCE = "/demo/demo-content.json";

    @Inject
    ContentQueryService contents;

    @Inject
    IntakeService intake;

    /** Number of items loaded; 0 when the file's first item is already stored (an earlier start loaded them). */
    public int loadIfEmpty(Actor actor) {
        JsonArray items = read().getJsonArray("items");
        if (contents.find(items.getJsonObject(0).getString("id")).isPresent()) {
            return 0;
        }
        List<ContentSubmission> submissions = new ArrayList<>();
        List<SignalSubmission> signals = new ArrayList<>();
        for (JsonValue v : items) {
            JsonObject o = v.asJsonObject();
            ContentSubmission s = submission(o);
            submissions.add(s);
            JsonArray sigs = o.getJsonArray("signals");
            for (int k = 0; k < sigs.size(); k++) {
                JsonObject sig = sigs.getJsonObject(k);
                signals.add(new SignalSubmission(s.id() + "-signal-" + k, s.id(),
                        SignalKind.valueOf(sig.getString("kind")), sig.getInt("count", 1),
                        sig.containsKey("score") ? sig.getJsonNumber("score").doubleValue() : null,
                        s.postedAt().plus(Duration.ofHours(2 + k))));
            }
        }
        intake.submitContent(submissions, actor);
        intake.submitSignals(signals, actor);
        return submissions.size();
    }

    private static ContentSubmission submission(JsonObject o) {
        return new ContentSubmission(o.getString("id"), o.getString("url", null), o.getString("text"),
                o.getString("authorId"), AuthorKind.valueOf(o.getString("authorKind")), o.getString("groupId", null),
                strings(o.getJsonArray("topics")), o.getString("region", null), o.getString("language", null),
                Instant.parse(o.getString("postedAt")), o.getJsonNumber("views").longValue(),
                o.getJsonNumber("shares").longValue(), o.getBoolean("ad", false), o.getString("sponsor", null),
                List.of(), o.getString("resolvedUrl", null));
    }

    private static List<String> strings(JsonArray a) {
        return a == null ? List.of() : a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonObject read() {
        try (InputStream in = DemoContent.class.getResourceAsStream(RESOURCE);
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
