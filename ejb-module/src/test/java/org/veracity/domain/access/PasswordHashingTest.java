package org.veracity.domain.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void the_right_password_matches_and_a_wrong_one_does_not() {
        String stored = PasswordHashing.hash("correct horse battery");
        assertTrue(PasswordHashing.matches("correct horse battery", stored));
        assertFalse(PasswordHashing.matches("correct horse batterY", stored));
    }

    @Test
    void the_same_password_hashes_differently_each_time_and_never_appears_in_the_hash() {
        String a = PasswordHashing.hash("correct horse battery");
        assertNotEquals(a, PasswordHashing.hash("correct horse battery"));
        assertFalse(a.contains("correct"));
        assertTrue(a.startsWith("pbkdf2-sha256$600000$"));
    }

    @Test
    void an_unknown_stored_format_never_matches() {
        assertFalse(PasswordHashing.matches("x", "plain:x"));
    }

    @Test
    void the_check_for_an_unknown_user_matches_no_password_not_even_an_empty_one() {
        assertFalse(PasswordHashing.matchesNobody(""));
        assertFalse(PasswordHashing.matchesNobody("correct horse battery staple"));
    }
}
