package org.veracity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veracity.domain.TestItems;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentItem;

class ContentItemViewTest {

    @Test
    void the_view_carries_the_items_own_fields_and_what_was_loaded_about_it() {
        Instant posted = Instant.parse("2020-10-14T12:00:00Z");
        ContentItem item = TestItems.item("post-9", AuthorKind.PAGE, 1200, 30, posted);
        ContentItemView v = ContentItemView.of(item, null, null, null, List.of(), List.of(), List.of(),
                "not on the exemption list", List.of("already rated"), List.of());
        assertEquals("post-9", v.id());
        assertEquals("https://www.example.org/a", v.url());
        assertEquals(item.getRegistrableDomain(), v.domain());
        assertEquals("PAGE", v.authorKind());
        assertEquals(item.getTopics(), v.topics());
        assertEquals("US", v.region());
        assertEquals(posted, v.postedAt());
        assertEquals(1200, v.views());
        assertEquals(30, v.shares());
        assertFalse(v.ad());
        assertEquals("ACTIVE", v.status());
        assertNull(v.queue());
        assertEquals("not on the exemption list", v.exemption());
        assertEquals(List.of("already rated"), v.eligibilityProblems());
    }
}
