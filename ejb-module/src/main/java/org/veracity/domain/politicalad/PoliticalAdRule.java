package org.veracity.domain.politicalad;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.importance.IssueOfImportance;
import org.veracity.domain.sponsorship.DisclosurePolicy;

/**
 * R19 at intake: which items are political ads, and which of them are rejected. An ad is political when its
 * author is a politician or a campaign, or when it is about an issue of importance active at the time. In a
 * region whose ban is in effect it is rejected outright; elsewhere it needs a "paid for by" disclosure. (Ads whose
 * content is rated False/Altered or carries a COVID-19/vaccine hoax lose their ads permission through the rating
 * and topic policies, R7 and R12, and the ad library reads that from the distribution answer.)
 */
public final class PoliticalAdRule {

    public static final String CODE = "political-ads";

    private PoliticalAdRule() {
    }

    public static boolean isPoliticalAd(ContentItem item, Collection<IssueOfImportance> issuesActiveNow) {
        if (!item.isAd()) {
            return false;
        }
        if (item.getAuthorKind() == AuthorKind.POLITICIAN || item.getAuthorKind() == AuthorKind.CAMPAIGN) {
            return true;
        }
        return issuesActiveNow.stream().anyMatch(issue -> issue.matches(item));
    }

    /** Why a political ad received at {@code now} is rejected; empty when it may run. */
    public static Optional<Rejection> rejectionOf(ContentItem ad, Collection<PoliticalAdBan> bans, Instant now) {
        Optional<PoliticalAdBan> ban = bans.stream().filter(b -> b.bans(ad.getRegion(), now)).findFirst();
        if (ban.isPresent()) {
            return Optional.of(new Rejection(Rejection.Kind.REGION_BAN, "political ads are banned in "
                    + ad.getRegion() + " since " + ban.get().getEffectiveFrom() + ": " + ban.get().getReason()));
        }
        if (!DisclosurePolicy.isDisclosed(ad.getSponsor())) {
            return Optional.of(new Rejection(Rejection.Kind.NO_DISCLOSURE,
                    "a political ad needs a \"paid for by\" disclosure (sponsor)"));
        }
        return Optional.empty();
    }

    public record Rejection(Kind kind, String reason) {
        public enum Kind { REGION_BAN, NO_DISCLOSURE }
    }
}
