package org.veracity.domain.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PostTimeTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final Duration SKEW = Duration.ofMinutes(5);

    @Test
    void a_post_from_year_zero_or_the_first_instant_java_knows_is_implausible() {
        assertTrue(PostTime.implausibility(Instant.parse("0000-01-01T00:00:00Z"), NOW, SKEW).isPresent());
        assertTrue(PostTime.implausibility(Instant.parse("-999999999-01-01T00:00:00Z"), NOW, SKEW).isPresent());
        assertTrue(PostTime.implausibility(Instant.MIN, NOW, SKEW).isPresent());
        assertTrue(PostTime.implausibility(PostTime.EARLIEST.minusSeconds(1), NOW, SKEW).isPresent());
    }

    @Test
    void a_post_from_the_future_beyond_the_clock_skew_is_implausible_within_it_is_drift() {
        assertTrue(PostTime.implausibility(NOW.plus(SKEW).plusSeconds(1), NOW, SKEW).isPresent());
        assertTrue(PostTime.implausibility(Instant.MAX, NOW, SKEW).isPresent());
        assertEquals(java.util.Optional.empty(), PostTime.implausibility(NOW.plus(SKEW), NOW, SKEW));
    }

    @Test
    void an_old_but_possible_post_is_plausible() {
        assertEquals(java.util.Optional.empty(), PostTime.implausibility(Instant.parse("2020-01-01T00:00:00Z"), NOW, SKEW));
        assertEquals(java.util.Optional.empty(), PostTime.implausibility(PostTime.EARLIEST, NOW, SKEW));
    }
}
