package org.veracity.domain.hoax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R11 "the same canonical URL": one link, however it is dressed up, has one canonical form. */
class CanonicalUrlTest {

    private static final String CANONICAL = "example.com/news/story?id=7&page=2";

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com/news/story?id=7&page=2",
        "http://www.example.com/news/story/?page=2&id=7",
        "HTTPS://WWW.Example.COM:443/news/story?utm_source=facebook&id=7&utm_medium=social&page=2#comments",
        "https://example.com./news/story?fbclid=IwAR0x&id=7&gclid=abc&page=2",
        "  example.com/news/story?id=7&page=2  ",
        "https://user:secret@example.com/news/story?page=2&id=7",
    })
    void versions_of_one_link_have_one_canonical_form(String link) {
        assertEquals(CANONICAL, CanonicalUrl.of(link).value());
    }

    @Test
    void path_case_and_meaningful_parameters_stay() {
        assertNotEquals(CanonicalUrl.of("https://example.com/News"), CanonicalUrl.of("https://example.com/news"));
        assertNotEquals(CanonicalUrl.of("https://example.com/a?id=7"), CanonicalUrl.of("https://example.com/a?id=8"));
        assertNotEquals(CanonicalUrl.of("https://example.com/a"), CanonicalUrl.of("https://sub.example.com/a"));
    }

    @Test
    void root_and_non_default_ports_and_escapes() {
        assertEquals("example.com", CanonicalUrl.of("https://www.example.com/").value());
        assertEquals("example.com:8080/a", CanonicalUrl.of("http://example.com:8080/a/").value());
        assertEquals(CanonicalUrl.of("https://example.com/a%2Fb"), CanonicalUrl.of("https://example.com/a%2fb"));
        assertEquals("xn--bcher-kva.example/x", CanonicalUrl.of("https://bücher.example/x").value());
    }

    @Test
    void text_that_is_no_web_link_is_refused_or_empty() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalUrl.of("ftp://example.com/file"));
        assertThrows(IllegalArgumentException.class, () -> CanonicalUrl.of(" "));
        assertThrows(IllegalArgumentException.class, () -> CanonicalUrl.of("https://exa mple.com/%%"));
        assertEquals(Optional.empty(), CanonicalUrl.parse("not a link at all"));
        assertEquals(Optional.empty(), CanonicalUrl.parse(null));
        assertTrue(CanonicalUrl.parse("https://t.co/abc").isPresent());
    }
}
