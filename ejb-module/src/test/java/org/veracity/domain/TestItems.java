package org.veracity.domain;

import java.time.Instant;
import java.util.List;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentSubmission;

/** Content items for plain unit tests, with only what a test cares about varying. */
public final class TestItems {

    private TestItems() {
    }

    public static ContentItem item(String id, AuthorKind kind, long views, long shares, Instant postedAt) {
        return ContentItem.receive(new ContentSubmission(id, "https://www.example.org/a", "some text", "author-1", kind,
                null, List.of("Politics"), "US", "en", postedAt, views, shares, false, null, List.of(), null), postedAt);
    }

    public static ContentItem item(String id, List<String> topics, String text, String region, String language) {
        Instant posted = Instant.parse("2020-10-14T12:00:00Z");
        return ContentItem.receive(new ContentSubmission(id, null, text, "author-1", AuthorKind.PERSON, null, topics,
                region, language, posted, 1000, 10, false, null, List.of(), null), posted);
    }
}
