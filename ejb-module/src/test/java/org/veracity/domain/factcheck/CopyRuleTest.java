package org.veracity.domain.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.factcheck.CopyRule.Action;
import org.veracity.domain.factcheck.CopyRule.Candidate;
import org.veracity.domain.factcheck.CopyRule.Standing;
import java.util.List;
import org.veracity.domain.hoax.HoaxMatch;
import org.veracity.domain.hoax.MatchKind;
import org.veracity.domain.hoax.MatchTier;

class CopyRuleTest {

    private static Candidate person(Standing standing) {
        return new Candidate(false, ContentStatus.ACTIVE, AuthorKind.PERSON, standing, true);
    }

    @Test
    void aBlockTierCopyOfAFalseItemGetsTheRating() {
        assertEquals(Action.APPLY, CopyRule.decide(Verdict.FALSE, MatchTier.BLOCK, person(Standing.UNRATED)).action());
        assertEquals(Action.APPLY, CopyRule.decide(Verdict.ALTERED, MatchTier.BLOCK, person(Standing.UNRATED)).action());
    }

    @Test
    void aDebunkQuotingTheRatedClaimIsNeitherRatedNorOffered() {
        HoaxMatch debunk = new HoaxMatch("4", "v1", MatchKind.TEXT, 0.80, MatchTier.REVIEW, -1, List.of(), List.of(),
                false, "FALSE:");
        CopyRule.Decision decision = CopyRule.decideForMatch(Verdict.FALSE, debunk, person(Standing.UNRATED));
        assertEquals(Action.NONE, decision.action());
        assertTrue(decision.why().contains("counter-speech"), decision.why());
        HoaxMatch repeat = new HoaxMatch("4", "v1", MatchKind.TEXT, 0.80, MatchTier.REVIEW, -1, List.of(), List.of(),
                false, null);
        assertEquals(Action.OFFER, CopyRule.decideForMatch(Verdict.FALSE, repeat, person(Standing.UNRATED)).action());
    }

    @Test
    void aReviewTierCopyIsOfferedToTheFactCheckerNotRated() {
        assertEquals(Action.OFFER, CopyRule.decide(Verdict.FALSE, MatchTier.REVIEW, person(Standing.UNRATED)).action());
    }

    @Test
    void onlyFalseAndAlteredRatingsReachCopies() {
        for (Verdict v : new Verdict[] {Verdict.PARTLY_FALSE, Verdict.MISSING_CONTEXT, Verdict.SATIRE, Verdict.TRUE,
                Verdict.NOT_ELIGIBLE}) {
            assertEquals(Action.NONE, CopyRule.decide(v, MatchTier.BLOCK, person(Standing.UNRATED)).action(), v.name());
            assertFalse(CopyRule.copiesFollow(v), v.name());
        }
        assertTrue(CopyRule.copiesFollow(Verdict.FALSE));
        assertTrue(CopyRule.copiesFollow(Verdict.ALTERED));
    }

    @Test
    void anItemThatDoesNotMatchIsNotACopy() {
        assertEquals(Action.NONE, CopyRule.decide(Verdict.FALSE, null, person(Standing.UNRATED)).action());
    }

    @Test
    void theRatedItemItselfIsNotItsOwnCopy() {
        Candidate self = new Candidate(true, ContentStatus.ACTIVE, AuthorKind.PERSON, Standing.OWN_RATING, true);
        assertEquals(Action.NONE, CopyRule.decide(Verdict.FALSE, MatchTier.BLOCK, self).action());
    }

    @Test
    void anItemsOwnRatingDecidesOverACopiedOne() {
        var d = CopyRule.decide(Verdict.FALSE, MatchTier.BLOCK, person(Standing.OWN_RATING));
        assertEquals(Action.NONE, d.action());
        assertTrue(d.why().contains("own"), d.why());
    }

    @Test
    void anItemCarriesAtMostOneCopiedRating() {
        assertEquals(Action.NONE, CopyRule.decide(Verdict.FALSE, MatchTier.BLOCK, person(Standing.COPIED_RATING)).action());
    }

    @Test
    void aFactCheckersNoSticksEvenAtTheBlockTier() {
        assertEquals(Action.NONE, CopyRule.decide(Verdict.FALSE, MatchTier.REVIEW, person(Standing.REJECTED_AS_COPY)).action());
        assertEquals(Action.NONE, CopyRule.decide(Verdict.FALSE, MatchTier.BLOCK, person(Standing.REJECTED_AS_COPY)).action());
    }

    @Test
    void aPossibleCopyIsOfferedOnceButABlockTierMatchAppliesAtOnce() {
        assertEquals(Action.NONE, CopyRule.decide(Verdict.FALSE, MatchTier.REVIEW, person(Standing.OFFERED)).action());
        assertEquals(Action.APPLY, CopyRule.decide(Verdict.FALSE, MatchTier.BLOCK, person(Standing.OFFERED)).action());
    }

    @Test
    void aConfirmedPossibleCopyGetsTheRating() {
        assertEquals(Action.APPLY, CopyRule.confirm(Verdict.FALSE, person(Standing.OFFERED)).action());
        assertEquals(Action.NONE, CopyRule.confirm(Verdict.FALSE, person(Standing.OWN_RATING)).action());
        assertEquals(Action.NONE, CopyRule.confirm(Verdict.TRUE, person(Standing.OFFERED)).action());
    }

    @Test
    void politiciansAndCampaignsAreNotFactCheckedEvenAsCopies() {
        for (AuthorKind k : new AuthorKind[] {AuthorKind.POLITICIAN, AuthorKind.CAMPAIGN}) {
            Candidate c = new Candidate(false, ContentStatus.ACTIVE, k, Standing.UNRATED, true);
            assertEquals(Action.NONE, CopyRule.decide(Verdict.FALSE, MatchTier.BLOCK, c).action(), k.name());
        }
        for (AuthorKind k : new AuthorKind[] {AuthorKind.PAGE, AuthorKind.GROUP}) {
            Candidate c = new Candidate(false, ContentStatus.ACTIVE, k, Standing.UNRATED, true);
            assertEquals(Action.APPLY, CopyRule.decide(Verdict.FALSE, MatchTier.BLOCK, c).action(), k.name());
        }
    }

    @Test
    void blockedOrRemovedItemsAreLeftAlone() {
        for (ContentStatus s : ContentStatus.values()) {
            if (s == ContentStatus.ACTIVE) {
                continue;
            }
            Candidate c = new Candidate(false, s, AuthorKind.PERSON, Standing.UNRATED, true);
            assertEquals(Action.NONE, CopyRule.decide(Verdict.FALSE, MatchTier.BLOCK, c).action(), s.name());
        }
    }

    @Test
    void aPostFromBeforeTheRatingsPolicyIsNotReached() {
        Candidate old = new Candidate(false, ContentStatus.ACTIVE, AuthorKind.PERSON, Standing.UNRATED, false);
        var d = CopyRule.decide(Verdict.FALSE, MatchTier.BLOCK, old);
        assertEquals(Action.NONE, d.action());
        assertTrue(d.why().contains("R14"), d.why());
    }

    @Test
    void theEvidenceNamesTheRatedItemAndTheSimilarity() {
        assertEquals("copy of rated item demo-42 (similarity 0.913)", CopyRule.evidence("demo-42", 0.91278));
    }
}
