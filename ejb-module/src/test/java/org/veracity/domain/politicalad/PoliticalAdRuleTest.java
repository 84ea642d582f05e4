package org.veracity.domain.politicalad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.veracity.domain.importance.IssueOfImportance;

/** R19 with a fixed clock: what a political ad is, region bans with effective dates, the disclosure it needs. */
class PoliticalAdRuleTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-02-20T15:00:00Z"), ZoneOffset.UTC);
    private static final Instant NOW = CLOCK.instant();

    @Test
    void ads_by_politicians_and_campaigns_are_political_and_a_persons_ad_is_not() {
        assertTrue(PoliticalAdRule.isPoliticalAd(ad(AuthorKind.POLITICIAN, "US", "X", "Vote for me"), List.of()));
        assertTrue(PoliticalAdRule.isPoliticalAd(ad(AuthorKind.CAMPAIGN, "US", "X", "Vote for us"), List.of()));
        assertFalse(PoliticalAdRule.isPoliticalAd(ad(AuthorKind.PERSON, "US", "X", "Buy my bike"), List.of()));
        assertFalse(PoliticalAdRule.isPoliticalAd(post(AuthorKind.CAMPAIGN), List.of()), "a post is not an ad");
    }

    @Test
    void an_ad_about_an_issue_of_importance_is_political_whoever_pays() {
        IssueOfImportance election = new IssueOfImportance("US 2020 general election", List.of("us"), List.of(),
                List.of("mail-in ballots"), NOW.minus(Duration.ofDays(30)), null);
        assertTrue(PoliticalAdRule.isPoliticalAd(ad(AuthorKind.PAGE, "US", "X", "The truth about mail-in ballots"),
                List.of(election)));
        assertFalse(PoliticalAdRule.isPoliticalAd(ad(AuthorKind.PAGE, "GB", "X", "The truth about mail-in ballots"),
                List.of(election)), "outside the issue's regions");
    }

    @Test
    void a_ban_rejects_from_its_first_second_until_its_end_and_only_in_its_region() {
        Instant from = NOW.plus(Duration.ofHours(1));
        Instant until = from.plus(Duration.ofDays(10));
        PoliticalAdBan ban = new PoliticalAdBan("FR", from, until, "no political ads before the election", "policylead", NOW);
        ContentItem french = ad(AuthorKind.CAMPAIGN, "FR", "Comité X", "Votez X");
        assertTrue(PoliticalAdRule.rejectionOf(french, List.of(ban), from.minusSeconds(1)).isEmpty());
        PoliticalAdRule.Rejection r = PoliticalAdRule.rejectionOf(french, List.of(ban), from).orElseThrow();
        assertEquals(PoliticalAdRule.Rejection.Kind.REGION_BAN, r.kind());
        assertTrue(r.reason().startsWith("political ads are banned in FR since " + from), r.reason());
        assertTrue(PoliticalAdRule.rejectionOf(french, List.of(ban), until.minusSeconds(1)).isPresent());
        assertTrue(PoliticalAdRule.rejectionOf(french, List.of(ban), until).isEmpty());
        assertTrue(PoliticalAdRule.rejectionOf(ad(AuthorKind.CAMPAIGN, "DE", "Komitee X", "Wählt X"), List.of(ban), from)
                .isEmpty());
    }

    @Test
    void ending_a_ban_early_lets_ads_run_again_from_that_second() {
        PoliticalAdBan ban = new PoliticalAdBan("FR", NOW, null, "indefinite", "policylead", NOW);
        ContentItem french = ad(AuthorKind.CAMPAIGN, "FR", "Comité X", "Votez X");
        Instant end = NOW.plus(Duration.ofDays(3));
        ban.end(end);
        assertTrue(PoliticalAdRule.rejectionOf(french, List.of(ban), end.minusSeconds(1)).isPresent());
        assertTrue(PoliticalAdRule.rejectionOf(french, List.of(ban), end).isEmpty());
    }

    @Test
    void outside_a_banning_region_a_political_ad_without_paid_for_by_is_rejected() {
        PoliticalAdRule.Rejection r = PoliticalAdRule.rejectionOf(ad(AuthorKind.CAMPAIGN, "US", null, "Vote"), List.of(), NOW)
                .orElseThrow();
        assertEquals(PoliticalAdRule.Rejection.Kind.NO_DISCLOSURE, r.kind());
        assertTrue(PoliticalAdRule.rejectionOf(ad(AuthorKind.CAMPAIGN, "US", "Friends of X", "Vote"), List.of(), NOW)
                .isEmpty());
    }

    private static ContentItem ad(AuthorKind kind, String region, String sponsor, String text) {
        return ContentItem.receive(new ContentSubmission("ad-" + text.hashCode(), null, text, "advertiser", kind, null,
                List.of(), region, "en", NOW, 100, 0, true, sponsor, List.of(), null), NOW);
    }

    private static ContentItem post(AuthorKind kind) {
        return ContentItem.receive(new ContentSubmission("post", null, "Vote", "advertiser", kind, null, List.of(), "US",
                "en", NOW, 100, 0, false, null, List.of(), null), NOW);
    }
}
