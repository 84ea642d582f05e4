package org.veracity.application.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veracity.application.internal.ActiveHoaxes.Scope;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentSubmission;

/** A break-glass measure covers the content of its issue of importance (R10). */
class ActiveHoaxesScopeTest {

    final Scope us2020 = new Scope(List.of("us"), List.of("us-2020-election", "voting"), List.of("ballot", "election"));

    static ContentSubmission item(String region, List<String> topics, String text) {
        return new ContentSubmission("i", null, text, "a", AuthorKind.PERSON, null, topics, region, "en",
                Instant.parse("2020-10-01T00:00:00Z"), 0, 0, false, null, List.of(), null);
    }

    @Test
    void an_item_in_the_region_with_a_topic_or_keyword_is_covered() {
        assertTrue(us2020.covers(item("US", List.of("Voting"), "anything")));
        assertTrue(us2020.covers(item("US", List.of(), "They will steal the ELECTION")));
    }

    @Test
    void an_item_from_another_region_is_not_covered() {
        assertFalse(us2020.covers(item("GB", List.of("voting"), "ballot fraud")));
    }

    @Test
    void an_item_that_names_no_region_is_not_taken_to_be_outside_it() {
        assertTrue(us2020.covers(item(null, List.of(), "ballot fraud")));
    }

    @Test
    void an_item_of_another_subject_is_not_covered() {
        assertFalse(us2020.covers(item("US", List.of("sports"), "what a match last night")));
    }
}
