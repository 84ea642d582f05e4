package org.veracity.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.veracity.application.internal.ActiveHoaxes.EntryFacts;
import org.veracity.application.internal.ActiveHoaxes.MeasureIndex;
import org.veracity.application.internal.ActiveHoaxes.Snapshot;
import org.veracity.domain.access.Actor;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.content.RuleMoment;
import org.veracity.domain.hoax.HoaxMatch;
import org.veracity.domain.hoax.MatchTier;
import org.veracity.domain.policy.PolicyVersion;
import org.veracity.domain.rfh.RfhMatch;
import org.veracity.domain.rfh.RfhRepository;
import org.veracity.domain.screening.Screening;
import org.veracity.domain.screening.ScreeningOutcome;

/**
 * R11 at intake and in the pre-publication check: a new version of an approved hoax whose
 * break-glass measure is active is blocked (block tier) or held for specialists (review tier),
 * citing the RFH policy version in effect when Veracity received it ({@link RuleMoment#RECEIVED}): a
 * backdated {@code postedAt} does not slip a hoax past a block.
 */
@ApplicationScoped
public class RfhScreen implements IntakeScreen {

    public static final String SOURCE = "rfh";
    public static final String POLICY = "repeatedly-fact-checked-hoaxes";
    /** PDQ hashes are 256 bits; other digests an integrator sends (MD5, SHA-256) are not compared. */
    private static final int PDQ_HEX_LENGTH = 64;

    @Inject
    ActiveHoaxes hoaxes;

    @Inject
    PolicyVersions policyVersions;

    @Inject
    RfhRepository rfh;

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public Optional<Screening> screen(ContentSubmission submission, Instant now) {
        Snapshot active = hoaxes.current();
        if (active.isEmpty()) {
            return Optional.empty();
        }
        Optional<HoaxMatch> found = bestMatch(active, submission);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<PolicyVersion> version = policyVersions.applicableTo(POLICY,
                RuleMoment.RECEIVED.of(submission.postedAt(), now));
        if (version.isEmpty()) {
            return Optional.empty();
        }
        HoaxMatch match = found.get();
        EntryFacts entry = active.entries().get(match.entryId());
        String hoax = "the repeatedly fact-checked hoax \"" + entry.claim() + "\" (RFH entry " + entry.id()
                + ", break-glass measure \"" + entry.measure() + "\")";
        return Optional.of(match.tier() == MatchTier.BLOCK
                ? new Screening(ScreeningOutcome.BLOCK, "a new version of " + hoax, version.get().reference(),
                        match.evidence(), SOURCE, match.entryId(), match)
                : new Screening(ScreeningOutcome.REVIEW, "resembles " + hoax + "; a specialist decides",
                        version.get().reference(), match.evidence(), SOURCE, match.entryId(), match));
    }

    @Override
    public void recordOutcome(ContentItem item, Screening screening, Actor actor) {
        HoaxMatch match = (HoaxMatch) screening.finding();
        rfh.find(Long.parseLong(screening.sourceId())).ifPresent(entry -> rfh.store(new RfhMatch(item, entry,
                match.tier(), match.kind(), match.similarity(), screening.evidence(), item.getReceivedAt())));
    }

    /** The best match over the active measures that cover the item. */
    public static Optional<HoaxMatch> bestMatch(Snapshot active, ContentSubmission item) {
        List<String> hashes = item.mediaHashes().stream().filter(h -> h.length() == PDQ_HEX_LENGTH).toList();
        HoaxMatch best = null;
        for (MeasureIndex measure : active.measures()) {
            if (!measure.scope().covers(item)) {
                continue;
            }
            best = better(best, measure.index().match(item.text(), item.url(), hashes).orElse(null));
            if (item.resolvedUrl() != null && !item.resolvedUrl().equals(item.url())) {
                best = better(best, measure.index().match(null, item.resolvedUrl(), List.of()).orElse(null));
            }
        }
        return Optional.ofNullable(best);
    }

    private static HoaxMatch better(HoaxMatch a, HoaxMatch b) {
        if (a == null) {
            return b;
        }
        return b != null && HoaxMatch.BEST_FIRST.compare(b, a) < 0 ? b : a;
    }
}
