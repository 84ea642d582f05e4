package org.veracity.application.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.veracity.domain.access.Actor;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.importance.IssueRepository;
import org.veracity.domain.label.Label;
import org.veracity.domain.label.LabelRepository;
import org.veracity.domain.policy.PolicyVersion;
import org.veracity.domain.politicalad.PoliticalAd;
import org.veracity.domain.politicalad.PoliticalAdRepository;
import org.veracity.domain.politicalad.PoliticalAdRule;
import org.veracity.domain.sponsorship.DisclosurePolicy;
import org.veracity.domain.sponsorship.DisclosureRequest;
import org.veracity.domain.sponsorship.Sponsorship;
import org.veracity.domain.sponsorship.SponsorshipRepository;

/**
 * R17 and R19 steps shared by intake, the pre-publication check and the disclosure use cases, in the caller's
 * transaction: opening disclosure requests, closing them on disclosure, and entering political ads in the library.
 */
@Dependent
public class SponsoredPosts {

    /** The label kind a disclosure adds. */
    public static final String PAID_PARTNERSHIP = "PAID_PARTNERSHIP";

    @Inject
    SponsorshipRepository sponsorships;

    @Inject
    PoliticalAdRepository ads;

    @Inject
    IssueRepository issues;

    @Inject
    LabelRepository labels;

    @Inject
    PolicyVersions policyVersions;

    @Inject
    DisclosurePolicy policy;

    @Inject
    AuditTrail audit;

    /**
     * After intake stored a batch: each circulating, undisclosed post of a registered paid poster that promotes
     * its sponsor gets a request; each political ad is entered in the library with intake's outcome. The batch
     * holds the sponsorships for intake until it commits ({@link SponsorshipRepository#holdForIntake}), which a
     * sponsorship being recorded takes alone before it scans existing posts: the two run one after the other
     * ({@code DefaultDisclosureService.record}).
     */
    public void atIntake(List<ContentItem> stored, Actor actor, Instant now) {
        if (stored.isEmpty()) {
            return;
        }
        sponsorships.holdForIntake();
        List<ContentItem> undisclosed = stored.stream().filter(i -> i.getStatus() == ContentStatus.ACTIVE
                && !DisclosurePolicy.isDisclosed(i.getSponsor())).toList();
        List<Sponsorship> recorded = sponsorships.forAuthors(
                undisclosed.stream().map(ContentItem::getAuthorId).collect(Collectors.toSet()));
        if (!recorded.isEmpty()) {
            for (ContentItem item : undisclosed) {
                policy.sponsorshipRequiring(recorded, item.getAuthorId(), item.getPostedAt(), item.getText(), null)
                        .ifPresent(s -> open(item, s, DisclosurePolicy.reasonFor(s), actor, now));
            }
        }
        List<ContentItem> adsStored = stored.stream().filter(ContentItem::isAd).toList();
        if (!adsStored.isEmpty()) {
            var active = issues.activeAt(now);
            for (ContentItem ad : adsStored) {
                if (PoliticalAdRule.isPoliticalAd(ad, active)) {
                    boolean rejected = ad.getStatus() != ContentStatus.ACTIVE;
                    ads.store(new PoliticalAd(ad, rejected, rejected ? ad.citedStatusReason() : null));
                }
            }
        }
    }

    /**
     * Opens a request for a post, citing the policy version in effect when it was posted (R14); a post made before
     * the policy existed is never asked. Answers whether a request was opened.
     */
    public boolean open(ContentItem item, Sponsorship s, String reason, Actor actor, Instant now) {
        Optional<PolicyVersion> version = policyVersions.applicableTo(DisclosurePolicy.CODE, item.getPostedAt());
        if (version.isEmpty()) {
            return false;
        }
        DisclosureRequest request = new DisclosureRequest(item, s.getId(), s.getPaidForBy(), reason, now,
                policy.deadlineFor(now), version.get().reference());
        sponsorships.store(request);
        audit.record(AuditEntry.of(actor, AuditSubject.CONTENT, item.getPlatformId(), AuditAction.DISCLOSURE_REQUESTED,
                request.getPolicyVersion(), reason + "; deadline " + request.getDeadline()));
        return true;
    }

    /** Closes a pending request: the post now discloses its sponsor, and carries the label. */
    public void disclose(DisclosureRequest request, String disclosedAs, Actor actor, Instant now, String how) {
        request.disclose(now);
        ContentItem item = request.getItem();
        item.disclose(disclosedAs);
        String text = Sponsorship.labelFor(request.getPaidForBy());
        labels.store(new Label(item, PAID_PARTNERSHIP, text, null, now, null,
                policyVersions.inForceAt(DisclosurePolicy.CODE, now).reference()));
        audit.record(AuditEntry.of(actor, AuditSubject.CONTENT, item.getPlatformId(), AuditAction.DISCLOSURE_RECORDED,
                request.getPolicyVersion(), how + "; label \"" + text + "\""));
    }

    /**
     * Known items sent again with {@code sponsor} set: those with a pending request disclose now. Answers, per
     * item id, the label added.
     */
    public Map<String, String> disclosedOnResend(Map<String, String> sponsorById, Actor actor, Instant now) {
        Map<String, String> closed = new LinkedHashMap<>();
        if (sponsorById.isEmpty()) {
            return closed;
        }
        for (DisclosureRequest r : sponsorships.openForPlatformIds(sponsorById.keySet())) {
            if (r.isPendingAt(now)) {
                disclose(r, sponsorById.get(r.getItem().getPlatformId()), actor, now, "the integrator re-sent the post with sponsor \""
                        + sponsorById.get(r.getItem().getPlatformId()) + "\"");
                closed.put(r.getItem().getPlatformId(), Sponsorship.labelFor(r.getPaidForBy()));
            }
        }
        return closed;
    }

    /** The sponsorship a post about to be published would have to disclose (pre-publication check); nothing stored. */
    public Optional<Sponsorship> requiring(ContentSubmission s) {
        if (DisclosurePolicy.isDisclosed(s.sponsor())) {
            return Optional.empty();
        }
        List<Sponsorship> recorded = sponsorships.forAuthors(Set.of(s.authorId()));
        return policy.sponsorshipRequiring(recorded, s.authorId(), s.postedAt(), s.text(), null);
    }

    /** Open requests of these items by item id (the distribution answer's one extra query). */
    public Map<Long, DisclosureRequest> openRequestsOf(Collection<Long> itemIds) {
        Map<Long, DisclosureRequest> out = new LinkedHashMap<>();
        for (DisclosureRequest r : sponsorships.openForItemIds(itemIds)) {
            out.put(r.getItem().getId(), r);
        }
        return out;
    }

    /** Requests of these items by item id. */
    public Map<Long, DisclosureRequest> requestsOf(Collection<Long> itemIds) {
        Map<Long, DisclosureRequest> out = new LinkedHashMap<>();
        for (DisclosureRequest r : sponsorships.requestsForItemIds(new ArrayList<>(itemIds))) {
            out.put(r.getItem().getId(), r);
        }
        return out;
    }
}
