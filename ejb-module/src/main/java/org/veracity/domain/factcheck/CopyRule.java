package org.veracity.domain.factcheck;

import java.util.Locale;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.hoax.HoaxMatch;
import org.veracity.domain.hoax.MatchTier;

/**
 * Issue 10, item 4: whether a fact-checker's False/Altered rating reaches an item that matches the rated one.
 * The matcher decides how close the item is (its BLOCK tier: same claim, facts agree, no counter-speech); this
 * rule decides what follows: a BLOCK-tier copy gets the rating's effects, a REVIEW-tier one is offered to the
 * rating organisation as a possible copy, and some items are never touched whatever the match.
 */
public final class CopyRule {

    private CopyRule() {
    }

    public enum Action {
        /** The copy gets the rating's effects now. */
        APPLY,
        /** A fact-checker of the rating organisation confirms or rejects it. */
        OFFER,
        NONE
    }

    /** What a candidate already carries. */
    public enum Standing {
        UNRATED,
        /** A fact-checker rated it directly: its own rating decides, never a copied one. */
        OWN_RATING,
        /** It already carries a rating copied from some rated item. */
        COPIED_RATING,
        /** A fact-checker of the original's organisation found it is not a copy. */
        REJECTED_AS_COPY,
        /** It waits for a fact-checker's decision already. */
        OFFERED
    }

    /**
     * A candidate copy as the rule sees it.
     *
     * @param original      whether it is the rated item itself
     * @param policyApplies whether a version of the ratings policy was in effect when it was posted (R14)
     */
    public record Candidate(boolean original, ContentStatus status, AuthorKind authorKind, Standing standing,
                            boolean policyApplies) {
    }

    public record Decision(Action action, String why) {

        static Decision none(String why) {
            return new Decision(Action.NONE, why);
        }
    }

    /**
     * As {@link #decide(Verdict, MatchTier, Candidate)} for a text match: an item that reports, questions or
     * disputes the rated claim (counter-speech, such as a newsroom's debunk quoting it) is no copy of it, so it is
     * neither given the rating nor offered to fact-checkers as a possible copy.
     */
    public static Decision decideForMatch(Verdict verdict, HoaxMatch match, Candidate c) {
        if (match != null && match.counterSpeech() != null) {
            return Decision.none("reports or disputes the rated claim (" + match.counterSpeech()
                    + "): counter-speech is not a copy");
        }
        return decide(verdict, match == null ? null : match.tier(), c);
    }

    /**
     * @param verdict the original's current verdict
     * @param tier    how the candidate matched the original's text; null when it did not match
     */
    public static Decision decide(Verdict verdict, MatchTier tier, Candidate c) {
        if (!verdict.isFalseOrAltered()) {
            return Decision.none("only False and Altered ratings reach copies");
        }
        if (tier == null) {
            return Decision.none("does not match the rated item");
        }
        if (c.original()) {
            return Decision.none("is the rated item");
        }
        if (c.status() != ContentStatus.ACTIVE) {
            return Decision.none("is already " + c.status().name().toLowerCase(Locale.ROOT));
        }
        if (c.authorKind() == AuthorKind.POLITICIAN || c.authorKind() == AuthorKind.CAMPAIGN) {
            return Decision.none("posts by politicians and campaigns are not fact-checked (R6)");
        }
        if (!c.policyApplies()) {
            return Decision.none("was posted before the ratings policy took effect (R14)");
        }
        return switch (c.standing()) {
            case OWN_RATING -> Decision.none("carries a rating of its own, which decides");
            case COPIED_RATING -> Decision.none("already carries a copied rating");
            case REJECTED_AS_COPY -> Decision.none("a fact-checker found it is not a copy");
            case UNRATED, OFFERED -> tier == MatchTier.BLOCK
                    ? new Decision(Action.APPLY, "the same claim, the facts agree")
                    : reviewTier(c.standing());
        };
    }

    /** A fact-checker confirmed a possible copy: it is treated as a BLOCK-tier copy from now on. */
    public static Decision confirm(Verdict verdict, Candidate c) {
        return decide(verdict, MatchTier.BLOCK, new Candidate(c.original(), c.status(), c.authorKind(),
                c.standing() == Standing.OFFERED ? Standing.UNRATED
                        : c.standing(), c.policyApplies()));
    }

    private static Decision reviewTier(Standing standing) {
        return switch (standing) {
            case OFFERED -> Decision.none("is offered as a possible copy already");
            default -> new Decision(Action.OFFER, "resembles the rated item; a fact-checker decides");
        };
    }

    /** Whether copies keep a rating after it changed to {@code verdict} (after a dispute). */
    public static boolean copiesFollow(Verdict verdict) {
        return verdict.isFalseOrAltered();
    }

    /** The evidence a copy's rating carries. */
    public static String evidence(String originalContentId, double similarity) {
        return String.format(Locale.ROOT, "copy of rated item %s (similarity %.3f)", originalContentId, similarity);
    }
}
