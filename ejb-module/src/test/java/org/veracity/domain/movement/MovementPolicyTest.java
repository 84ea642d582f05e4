package org.veracity.domain.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.veracity.domain.movement.MovementPolicy.MovementRemoval;

class MovementPolicyTest {

    private static final Instant DESIGNATED = Instant.parse("2021-01-08T12:00:00Z");
    private static final Optional<CitedVersion> V1 = Optional.of(new CitedVersion("dangerous-movements@v1", 1));
    private static final Optional<CitedVersion> V2 = Optional.of(new CitedVersion("dangerous-movements@v2", 2));

    private static Movement movement(boolean ban, Instant effectiveFrom) {
        return new Movement("Stop the Steal", "election disinformation",
                List.of(MovementIdentifier.of(IdentifierKind.GROUP, "g-sts"),
                        MovementIdentifier.of(IdentifierKind.HASHTAG, "#StopTheSteal"),
                        MovementIdentifier.of(IdentifierKind.PHRASE, "stop the steal")),
                ban, effectiveFrom, "sam", DESIGNATED);
    }

    private static Optional<MovementRemoval> judge(Movement m, String group, String text, Instant postedAt,
                                                   Optional<CitedVersion> version) {
        return MovementPolicy.judge(List.of(m), group, PostText.of(text), postedAt, version);
    }

    @Test
    void a_post_to_a_shut_down_group_after_designation_is_removed_citing_the_version_in_effect() {
        Optional<MovementRemoval> removal = judge(movement(false, DESIGNATED), "g-sts", "hello",
                DESIGNATED.plusSeconds(1), V2);
        assertTrue(removal.isPresent());
        assertEquals("dangerous-movements@v2", removal.get().version().reference());
        assertTrue(removal.get().reason().contains("posted to the group g-sts of the designated movement Stop the Steal"),
                removal.get().reason());
    }

    @Test
    void groups_are_shut_down_under_v1_already() {
        assertTrue(judge(movement(false, DESIGNATED), "g-sts", "hello", DESIGNATED, V1).isPresent());
    }

    @Test
    void a_post_to_the_group_before_designation_is_not_removed() {
        assertFalse(judge(movement(true, DESIGNATED), "g-sts", "#StopTheSteal", DESIGNATED.minusSeconds(1), V2).isPresent());
    }

    @Test
    void matching_content_is_removed_only_when_all_content_is_banned() {
        Instant posted = DESIGNATED.plusSeconds(60);
        Optional<MovementRemoval> banned = judge(movement(true, DESIGNATED), "other", "Rally! #StopTheSteal", posted, V2);
        assertTrue(banned.isPresent());
        assertTrue(banned.get().reason().startsWith("matches the designated movement Stop the Steal by hashtag #StopTheSteal"),
                banned.get().reason());
        assertFalse(judge(movement(false, DESIGNATED), "other", "Rally! #StopTheSteal", posted, V2).isPresent());
    }

    @Test
    void the_content_ban_starts_at_the_effective_moment() {
        Instant effective = DESIGNATED.plusSeconds(3600);
        Movement m = movement(true, effective);
        assertFalse(judge(m, null, "stop the steal", effective.minusSeconds(1), V2).isPresent());
        assertTrue(judge(m, null, "stop the steal", effective, V2).isPresent());
        assertTrue(judge(m, "g-sts", "hello", effective.minusSeconds(1), V2).isPresent(),
                "its groups are shut down from designation on");
    }

    @Test
    void the_content_ban_needs_a_policy_version_that_has_it() {
        assertFalse(judge(movement(true, DESIGNATED), null, "#StopTheSteal", DESIGNATED.plusSeconds(1), V1).isPresent(),
                "v1 shut groups down but banned no content");
    }

    @Test
    void no_version_in_effect_when_the_post_was_made_means_no_removal() {
        assertFalse(judge(movement(true, DESIGNATED), "g-sts", "#StopTheSteal", DESIGNATED.plusSeconds(1),
                Optional.empty()).isPresent());
    }

    @Test
    void a_revoked_designation_removes_nothing_posted_after_it() {
        Movement m = movement(true, DESIGNATED);
        Instant revoked = DESIGNATED.plusSeconds(7200);
        m.revoke("sam", revoked, "designated in error");
        assertTrue(judge(m, "g-sts", "x", revoked.minusSeconds(1), V2).isPresent(), "posted while it stood");
        assertFalse(judge(m, "g-sts", "x", revoked, V2).isPresent());
        assertFalse(judge(m, null, "#StopTheSteal", revoked.plusSeconds(1), V2).isPresent());
    }

    @Test
    void a_near_miss_is_not_removed() {
        Movement m = movement(true, DESIGNATED);
        Instant posted = DESIGNATED.plusSeconds(1);
        assertFalse(judge(m, "g-sts-2", "#StopTheStealing and nonstop the stealing", posted, V2).isPresent());
    }
}
