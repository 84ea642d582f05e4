package org.veracity.domain.sponsorship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentSubmission;

/**
 * R17 with a fixed clock. The posts have the shape of the source document (seeds/001): paid "digital organizers"
 * posting supportive messages about their candidate from personal accounts, and ordinary people mentioning him.
 */
class DisclosurePolicyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-02-20T15:00:00Z"), ZoneOffset.UTC);
    private static final DisclosurePolicy POLICY = new DisclosurePolicy(Duration.ofDays(7));
    private static final Sponsorship CAMPAIGN = new Sponsorship("Mike Bloomberg 2020", "Mike Bloomberg 2020, Inc.",
            List.of("Mike Bloomberg", "Bloomberg 2020", "MikeWillGetItDone"), List.of("organizer-1", "organizer-2"),
            Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2020-03-04T00:00:00Z"),
            "campaign's registration of its digital organizers", "specialist", CLOCK.instant());

    @Test
    void a_paid_posters_undisclosed_supportive_post_within_the_period_is_asked_to_disclose() {
        assertEquals(CAMPAIGN, POLICY.sponsorshipRequiring(List.of(CAMPAIGN), "organizer-1",
                CLOCK.instant().minusSeconds(600), "I'm with MIKE BLOOMBERG — he gets it done!", null).orElseThrow());
    }

    @Test
    void a_hashtag_written_without_spaces_counts_as_the_mention() {
        assertTrue(POLICY.sponsorshipRequiring(List.of(CAMPAIGN), "organizer-2", CLOCK.instant(),
                "Vote on Super Tuesday #MikeWillGetItDone", null).isPresent());
        assertTrue(POLICY.sponsorshipRequiring(List.of(CAMPAIGN), "organizer-2", CLOCK.instant(),
                "Proud to back #bloomberg2020", null).isPresent());
    }

    @Test
    void no_assumption_a_post_mentioning_the_candidate_by_an_account_without_a_recorded_relationship_opens_nothing() {
        for (String text : List.of("I'm with Mike Bloomberg — he gets it done!", "Mike Bloomberg is buying the election",
                "#MikeWillGetItDone")) {
            assertTrue(POLICY.sponsorshipRequiring(List.of(CAMPAIGN), "ordinary-voter", CLOCK.instant(), text, null)
                    .isEmpty(), text);
            assertTrue(POLICY.sponsorshipRequiring(List.of(), "organizer-1", CLOCK.instant(), text, null).isEmpty(),
                    "no sponsorship recorded at all: " + text);
        }
    }

    @Test
    void a_paid_posters_post_that_does_not_promote_the_sponsor_opens_nothing() {
        assertTrue(POLICY.sponsorshipRequiring(List.of(CAMPAIGN), "organizer-1", CLOCK.instant(),
                "Lovely weather in Denver today", null).isEmpty());
        assertTrue(POLICY.sponsorshipRequiring(List.of(CAMPAIGN), "organizer-1", CLOCK.instant(),
                "Bloomberg terminals are expensive", null).isEmpty(), "one word of a two-word mention is not the mention");
    }

    @Test
    void a_disclosed_post_opens_nothing() {
        assertTrue(POLICY.sponsorshipRequiring(List.of(CAMPAIGN), "organizer-1", CLOCK.instant(),
                "I'm with Mike Bloomberg", "Mike Bloomberg 2020, Inc.").isEmpty());
        assertTrue(POLICY.sponsorshipRequiring(List.of(CAMPAIGN), "organizer-1", CLOCK.instant(),
                "I'm with Mike Bloomberg", "  ").isPresent(), "a blank disclosure is none");
    }

    @Test
    void the_period_holds_to_the_second_from_inclusive_to_exclusive() {
        Instant from = CAMPAIGN.getFrom();
        Instant to = CAMPAIGN.getTo();
        String text = "Mike Bloomberg for president";
        assertTrue(POLICY.sponsorshipRequiring(List.of(CAMPAIGN), "organizer-1", from.minusSeconds(1), text, null).isEmpty());
        assertTrue(POLICY.sponsorshipRequiring(List.of(CAMPAIGN), "organizer-1", from, text, null).isPresent());
        assertTrue(POLICY.sponsorshipRequiring(List.of(CAMPAIGN), "organizer-1", to.minusSeconds(1), text, null).isPresent());
        assertTrue(POLICY.sponsorshipRequiring(List.of(CAMPAIGN), "organizer-1", to, text, null).isEmpty());
    }

    @Test
    void the_deadline_is_seven_days_to_the_second_and_the_post_counts_as_removed_from_that_second() {
        Instant opened = CLOCK.instant();
        Instant deadline = POLICY.deadlineFor(opened);
        assertEquals(Instant.parse("2020-02-27T15:00:00Z"), deadline);
        DisclosureRequest request = new DisclosureRequest(post("p1"), 1L, CAMPAIGN.getPaidForBy(),
                DisclosurePolicy.reasonFor(CAMPAIGN), opened, deadline, "sponsorship-disclosure@v1");
        assertTrue(request.isPendingAt(deadline.minusSeconds(1)));
        assertFalse(request.removesPostAt(deadline.minusSeconds(1)));
        assertFalse(request.isPendingAt(deadline));
        assertTrue(request.removesPostAt(deadline));
    }

    @Test
    void a_request_opened_within_a_second_gets_its_deadline_on_the_next_whole_second() {
        assertEquals(Instant.parse("2020-02-27T15:00:01Z"), POLICY.deadlineFor(Instant.parse("2020-02-20T15:00:00.000001Z")));
        assertEquals(Instant.parse("2020-02-27T15:00:01Z"), POLICY.deadlineFor(Instant.parse("2020-02-20T15:00:00.999Z")));
    }

    @Test
    void disclosing_before_the_deadline_closes_the_request_and_after_it_is_refused() {
        Instant opened = CLOCK.instant();
        DisclosureRequest late = new DisclosureRequest(post("p2"), 1L, "X", "r", opened, POLICY.deadlineFor(opened), "v");
        assertThrows(IllegalStateException.class, () -> late.disclose(POLICY.deadlineFor(opened)));
        DisclosureRequest inTime = new DisclosureRequest(post("p3"), 1L, "X", "r", opened, POLICY.deadlineFor(opened), "v");
        inTime.disclose(POLICY.deadlineFor(opened).minusSeconds(1));
        assertEquals(DisclosureStatus.DISCLOSED, inTime.getStatus());
        assertFalse(inTime.removesPostAt(POLICY.deadlineFor(opened).plus(Duration.ofDays(30))));
    }

    @Test
    void the_label_names_who_paid() {
        assertEquals("Paid for by Mike Bloomberg 2020, Inc.", CAMPAIGN.label());
    }

    private static ContentItem post(String id) {
        return ContentItem.receive(new ContentSubmission(id, null, "Mike Bloomberg gets it done", "organizer-1",
                AuthorKind.PERSON, null, List.of(), "US", "en", CLOCK.instant(), 0, 0, false, null, List.of(), null),
                CLOCK.instant());
    }
}
