package org.veracity.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.importance.IssueRepository;
import org.veracity.domain.politicalad.PoliticalAdRepository;
import org.veracity.domain.politicalad.PoliticalAdRule;
import org.veracity.domain.screening.Screening;
import org.veracity.domain.screening.ScreeningOutcome;

/**
 * R19 at intake: a political ad in a region whose ban is in effect, or without a "paid for by" disclosure, is
 * rejected (stored as removed, so the ad library lists it with the reason). The verdict's {@code sourceId} says
 * which ({@link PoliticalAdRule.Rejection.Kind}), so the pre-publication check can answer NEEDS_DISCLOSURE.
 */
@ApplicationScoped
public class PoliticalAdScreen implements IntakeScreen {

    public static final String SOURCE = "political-ads";

    @Inject
    PoliticalAdRepository ads;

    @Inject
    IssueRepository issues;

    @Inject
    PolicyVersions policyVersions;

    @Override
    public Optional<Screening> screen(ContentSubmission submission, Instant now) {
        if (!submission.ad()) {
            return Optional.empty();
        }
        ContentItem ad = ContentItem.receive(submission, now);
        if (!PoliticalAdRule.isPoliticalAd(ad, issues.activeAt(now))) {
            return Optional.empty();
        }
        return PoliticalAdRule.rejectionOf(ad, ads.bansOf(ad.getRegion()), now).map(r -> new Screening(
                ScreeningOutcome.REMOVE, "political ad rejected: " + r.reason(),
                policyVersions.inForceAt(PoliticalAdRule.CODE, now).reference(), null, SOURCE, r.kind().name()));
    }

    @Override
    public String source() {
        return SOURCE;
    }
}
