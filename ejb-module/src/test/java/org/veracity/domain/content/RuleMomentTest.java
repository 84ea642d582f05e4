package org.veracity.domain.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RuleMomentTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-03T12:00:00Z");
    private static final Instant BACKDATED = Instant.parse("2020-01-01T00:00:00Z");

    @Test
    void bans_and_blocks_read_the_moment_of_receipt_whatever_the_post_claims() {
        assertEquals(RECEIVED, RuleMoment.RECEIVED.of(BACKDATED, RECEIVED));
    }

    @Test
    void non_retroactive_policies_read_the_posts_own_time() {
        assertEquals(BACKDATED, RuleMoment.POSTED.of(BACKDATED, RECEIVED));
    }

    @Test
    void a_post_time_after_receipt_is_read_as_the_receipt() {
        assertEquals(RECEIVED, RuleMoment.POSTED.of(RECEIVED.plusSeconds(120), RECEIVED));
    }
}
