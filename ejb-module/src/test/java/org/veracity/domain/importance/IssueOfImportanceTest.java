package org.veracity.domain.importance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veracity.domain.TestItems;

/** R9: matching by region and topic or keyword, within the active window. */
class IssueOfImportanceTest {

    private final IssueOfImportance election = new IssueOfImportance("US 2020 general election", List.of("us"),
            List.of("elections"), List.of("ballot"), Instant.parse("2020-09-01T00:00:00Z"),
            Instant.parse("2021-01-21T00:00:00Z"));
    private final Instant posted = Instant.parse("2020-10-14T12:00:00Z");

    @Test
    void an_item_in_the_region_sharing_a_topic_matches() {
        assertTrue(election.matches(TestItems.item("i", List.of("Elections"), "Results tonight", "US", "en")));
    }

    @Test
    void an_item_in_the_region_containing_a_keyword_matches() {
        assertTrue(election.matches(TestItems.item("i", List.of(), "They dumped every BALLOT in a creek", "US", "en")));
    }

    @Test
    void an_item_outside_the_regions_or_off_topic_does_not_match() {
        assertFalse(election.matches(TestItems.item("i", List.of("elections"), "ballot", "GB", "en")));
        assertFalse(election.matches(TestItems.item("i", List.of("health"), "Vitamin C cures it", "US", "en")));
    }

    @Test
    void the_window_is_closed_at_its_end() {
        assertTrue(election.isActiveAt(Instant.parse("2020-11-03T00:00:00Z")));
        assertFalse(election.isActiveAt(Instant.parse("2021-01-21T00:00:00Z")));
        assertFalse(election.isActiveAt(Instant.parse("2020-08-31T23:59:59Z")));
    }

    @Test
    void an_issue_without_topics_or_keywords_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new IssueOfImportance("x", List.of(), List.of(), List.of(),
                posted, null));
    }
}
