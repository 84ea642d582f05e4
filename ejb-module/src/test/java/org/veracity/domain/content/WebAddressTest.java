package org.veracity.domain.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebAddressTest {

    private final WebAddress.Check check = new WebAddress.Check();

    @Test
    void absolute_http_and_https_urls_are_web_addresses() {
        assertTrue(check.isValid("https://fc.example/articles/42?lang=en#claim", null));
        assertTrue(check.isValid("http://www.example.org/", null));
    }

    @Test
    void markup_quotes_and_spaces_are_not_part_of_a_url() {
        assertFalse(check.isValid("https://fc.example/\"><svg/onload=alert(7)>", null));
        assertFalse(check.isValid("https://fc.example/a b", null));
        assertFalse(check.isValid(" https://fc.example/", null));
        assertFalse(check.isValid("https://fc.example/<b>", null));
    }

    @Test
    void other_schemes_and_relative_links_are_refused() {
        assertFalse(check.isValid("javascript:alert(1)", null));
        assertFalse(check.isValid("ftp://fc.example/x", null));
        assertFalse(check.isValid("/articles/42", null));
        assertFalse(check.isValid("https:///no-host", null));
    }

    @Test
    void an_absent_link_is_left_to_the_required_check() {
        assertTrue(check.isValid(null, null));
        assertTrue(check.isValid("", null));
    }
}
