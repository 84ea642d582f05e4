package org.veracity.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** R14: versions take effect at a moment and never reach posts made before it. */
class PolicyVersionsTest {

    private final Instant now = Instant.parse("2020-10-01T00:00:00Z");
    private final Instant effective = Instant.parse("2020-10-07T00:00:00Z");

    @Test
    void a_post_made_before_the_first_version_has_no_applicable_version() {
        Policy policy = new Policy();
        policy.publish(effective, "no militarized language near polling places", now);
        assertTrue(policy.versionAt(effective.minusSeconds(1)).isEmpty());
        assertEquals(1, policy.versionAt(effective).orElseThrow().getNumber());
    }

    @Test
    void each_post_gets_the_version_in_effect_when_it_was_made() {
        Policy policy = new Policy();
        policy.publish(effective, "v1", now);
        policy.publish(effective.plusSeconds(86_400), "v2", now);
        assertEquals(1, policy.versionAt(effective.plusSeconds(86_399)).orElseThrow().getNumber());
        assertEquals(2, policy.versionAt(effective.plusSeconds(86_400)).orElseThrow().getNumber());
    }

    @Test
    void a_version_cannot_take_effect_in_the_past_or_before_the_current_one() {
        Policy policy = new Policy();
        assertThrows(IllegalArgumentException.class, () -> policy.publish(now.minusSeconds(1), "retroactive", now));
        policy.publish(effective, "v1", now);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> policy.publish(effective, "same moment", now));
        assertTrue(e.getMessage().contains("must be after"));
    }
}
