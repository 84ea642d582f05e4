package org.veracity.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a use case's field problem is shown on a desk page. */
class DeskMessagesTest {

    private static final Map<String, String> FIELDS = Map.of("regions", "exception:regions", "text", "answer:text",
            "items", "answer:items");

    @Test
    void a_problem_with_one_element_of_a_list_goes_next_to_the_lists_input() {
        assertEquals("exception:regions", DeskMessages.clientId(FIELDS, "regions[0]"));
        assertEquals("exception:regions", DeskMessages.clientId(FIELDS, "regions[49]"));
        assertEquals("answer:items", DeskMessages.clientId(FIELDS, "items[3].url"));
    }

    @Test
    void a_named_field_goes_next_to_its_input_and_an_unknown_one_to_the_top_of_the_page() {
        assertEquals("answer:text", DeskMessages.clientId(FIELDS, "text"));
        assertNull(DeskMessages.clientId(FIELDS, "contact"));
        assertNull(DeskMessages.clientId(FIELDS, "contact[2]"));
        assertNull(DeskMessages.clientId(FIELDS, null));
    }
}
