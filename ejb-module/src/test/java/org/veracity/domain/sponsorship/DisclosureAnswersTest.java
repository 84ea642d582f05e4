package org.veracity.domain.sponsorship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.distribution.DistributionAnswer;

/** R17 in the distribution answer (R22), to the second, whether or not the nightly job has run. */
class DisclosureAnswersTest {

    private static final Instant OPENED = Instant.parse("2020-02-20T15:00:00Z");
    private static final Instant DEADLINE = OPENED.plus(Duration.ofDays(7));
    private static final DistributionAnswer FULL = new DistributionAnswer("p1", 1.0, true, true, List.of(), List.of());

    @Test
    void an_open_request_is_named_with_its_deadline_and_the_post_keeps_its_reach_until_the_second_before() {
        DistributionAnswer a = DisclosureAnswers.adjust(FULL, request(), DEADLINE.minusSeconds(1));
        assertEquals(1.0, a.multiplier());
        assertEquals("disclosure requested: add \"Paid for by Friends of X\" by 2020-02-27T15:00:00Z or the post is "
                + "removed (sponsorship-disclosure@v1)", a.reasons().get(0));
    }

    @Test
    void from_the_deadlines_second_the_post_answers_removed_citing_the_policy_version() {
        DistributionAnswer a = DisclosureAnswers.adjust(FULL, request(), DEADLINE);
        assertEquals(0.0, a.multiplier());
        assertFalse(a.recommendable());
        assertFalse(a.adsAllowed());
        assertEquals("REMOVED: no sponsorship disclosure (\"Paid for by Friends of X\") by the deadline "
                + "2020-02-27T15:00:00Z (sponsorship-disclosure@v1)", a.reasons().get(0));
    }

    @Test
    void a_disclosed_request_leaves_the_answer_as_it_is() {
        DisclosureRequest r = request();
        r.disclose(OPENED.plusSeconds(60));
        assertSame(FULL, DisclosureAnswers.adjust(FULL, r, DEADLINE.plus(Duration.ofDays(1))));
        assertSame(FULL, DisclosureAnswers.adjust(FULL, (DisclosureRequest) null, DEADLINE));
    }

    @Test
    void the_job_closes_an_overdue_request_once_dated_at_its_deadline() {
        DisclosureRequest r = request();
        r.enforce(DEADLINE.plus(Duration.ofHours(3)));
        assertEquals(DisclosureStatus.REMOVED, r.getStatus());
        assertEquals(DEADLINE, r.getClosedAt());
        assertTrue(r.removesPostAt(DEADLINE));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> r.enforce(DEADLINE.plus(Duration.ofHours(4))), "never twice");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> request().enforce(DEADLINE.minusSeconds(1)), "never before the deadline");
    }

    private static DisclosureRequest request() {
        ContentItem item = ContentItem.receive(new ContentSubmission("p1", null, "Vote X", "organizer-1", AuthorKind.PERSON,
                null, List.of(), "US", "en", OPENED, 0, 0, false, null, List.of(), null), OPENED);
        return new DisclosureRequest(item, 1L, "Friends of X", "registered paid poster", OPENED, DEADLINE,
                "sponsorship-disclosure@v1");
    }
}
