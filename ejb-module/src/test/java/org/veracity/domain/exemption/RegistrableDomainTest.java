package org.veracity.domain.exemption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ranking entries and links are reduced with the Public Suffix List (R4). */
class RegistrableDomainTest {

    @Test
    void subdomains_reduce_to_the_registrable_domain() {
        assertEquals(Optional.of("bbc.co.uk"), RegistrableDomain.ofHost("news.bbc.co.uk"));
        assertEquals(Optional.of("nypost.com"), RegistrableDomain.ofHost("WWW.NYPost.com."));
        assertEquals(Optional.of("nypost.com"), RegistrableDomain.ofUrl("https://nypost.com/2020/10/14/story/?utm_source=x"));
    }

    @Test
    void blogs_on_shared_hosts_reduce_to_the_host_so_they_are_never_exempt() {
        assertEquals(Optional.of("blogspot.com"), RegistrableDomain.ofHost("someone.blogspot.com"));
    }

    @Test
    void public_suffixes_and_garbage_reduce_to_nothing() {
        assertTrue(RegistrableDomain.ofHost("co.uk").isEmpty());
        assertTrue(RegistrableDomain.ofHost("").isEmpty());
        assertTrue(RegistrableDomain.ofUrl("not a url").isEmpty());
    }
}
