package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veracity.application.DisclosureService;
import org.veracity.application.FieldProblem;
import org.veracity.application.RefusedException;
import org.veracity.application.UnknownSubjectException;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Permission;
import org.veracity.domain.access.Permissions;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentRepository;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.sponsorship.DisclosureAnswers;
import org.veracity.domain.sponsorship.DisclosurePolicy;
import org.veracity.domain.sponsorship.DisclosureRequest;
import org.veracity.domain.sponsorship.Sponsorship;
import org.veracity.domain.sponsorship.SponsorshipRepository;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultDisclosureService implements DisclosureService {


    @Inject
    SponsorshipRepository sponsorships;

    @Inject
    ContentRepository contents;

    @Inject
    SponsoredPosts sponsored;

    @Inject
    PolicyVersions policyVersions;

    @Inject
    DisclosurePolicy policy;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public SponsorshipView record(SponsorshipRecord r, Actor actor) {
        Permissions.require(actor, "recording a sponsorship", Permission.RECORD_SPONSORSHIPS);
        Instant now = clock.instant();
        if (r.to() != null && !r.to().isAfter(r.from())) {
            throw RefusedException.onField("to", "must be after the start of the relationship (" + r.from() + ")");
        }
        String cited = policyVersions.inForceAt(DisclosurePolicy.CODE, now).reference();
        Sponsorship s = new Sponsorship(r.sponsor().strip(), r.paidForBy().strip(),
                r.mentions().stream().map(String::strip).distinct().toList(),
                new ArrayList<>(new LinkedHashSet<>(r.accounts().stream().map(String::strip).toList())),
                r.from(), r.to(), r.evidence().strip(), actor.name(), now);
        sponsorships.store(s);
        // Held before the posts are scanned, on purpose: an intake batch holds it for intake from before it reads
        // sponsorships until it commits. So a post sent while this sponsorship is recorded is either committed before
        // the scan below (asked here) or reads this sponsorship after it commits (asked at intake), never neither
        // nor both (DisclosureIT).
        sponsorships.holdForRecording();
        audit.record(AuditEntry.of(actor, AuditSubject.SPONSORSHIP, s.getId().toString(),
                AuditAction.SPONSORSHIP_RECORDED, cited,
                s.getSponsor() + " (paid for by " + s.getPaidForBy() + "), " + s.getAccounts().size()
                        + " accounts, from " + s.getFrom() + (s.getTo() == null ? "" : " until " + s.getTo())
                        + "; evidence: " + s.getEvidence()));
        int opened = 0;
        for (ContentItem item : sponsorships.undisclosedPostsBy(s.getAccounts(), s.getFrom(), s.getTo())) {
            if (s.isPromotedBy(item.getText())
                    && sponsored.open(item, s, DisclosurePolicy.reasonFor(s) + " (asked retroactively)", actor, now)) {
                opened++;
            }
        }
        return view(s, opened);
    }

    @Override
    public List<String> requestDisclosure(List<String> itemIds, Actor actor, String reason) {
        Permissions.require(actor, "asking for a disclosure", Permission.RECORD_SPONSORSHIPS);
        Instant now = clock.instant();
        List<ContentItem> items = contents.findByPlatformIds(itemIds);
        List<Sponsorship> recorded = sponsorships.forAuthors(items.stream().map(ContentItem::getAuthorId).toList());
        Map<Long, DisclosureRequest> existing = sponsored.requestsOf(items.stream().map(ContentItem::getId).toList());
        List<String> opened = new ArrayList<>();
        for (ContentItem item : items) {
            if (existing.containsKey(item.getId()) || item.getStatus() != ContentStatus.ACTIVE
                    || DisclosurePolicy.isDisclosed(item.getSponsor())) {
                continue;
            }
            Optional<Sponsorship> covering = recorded.stream()
                    .filter(s -> s.covers(item.getAuthorId(), item.getPostedAt())).findFirst();
            if (covering.isPresent() && sponsored.open(item, covering.get(),
                    DisclosurePolicy.reasonFor(covering.get()) + ": " + reason.strip(), actor, now)) {
                opened.add(item.getPlatformId());
            }
        }
        return opened;
    }

    @Override
    public void recordDisclosure(String itemId, Actor actor) {
        Permissions.require(actor, "recording a disclosure", Permission.RECORD_SPONSORSHIPS);
        Instant now = clock.instant();
        DisclosureRequest request = sponsorships.openForPlatformIds(List.of(itemId)).stream().findFirst()
                .orElseThrow(() -> new UnknownSubjectException("no open disclosure request for " + itemId));
        if (!request.isPendingAt(now)) {
            throw new RefusedException("the deadline " + request.getDeadline() + " has passed: the post is removed",
                    List.of(new FieldProblem("itemId", "its disclosure deadline " + request.getDeadline() + " has passed")));
        }
        sponsored.disclose(request, request.getPaidForBy(), actor, now, "recorded by " + actor.name());
    }

    @Override
    public List<DisclosureRequestView> requestsOf(String itemId) {
        Instant now = clock.instant();
        return contents.findByPlatformId(itemId).map(i -> sponsored.requestsOf(List.of(i.getId())).values().stream()
                .map(r -> view(r, now)).toList()).orElse(List.of());
    }

    @Override
    public List<DisclosureRequestView> recentRequests(int limit, Actor actor) {
        Permissions.require(actor, "viewing disclosure requests", Permission.VIEW_SPONSORSHIPS);
        Instant now = clock.instant();
        return sponsorships.recentRequests(limit).stream().map(r -> view(r, now)).toList();
    }

    @Override
    public List<SponsorshipView> sponsorships(int limit, Actor actor) {
        Permissions.require(actor, "viewing sponsorships", Permission.VIEW_SPONSORSHIPS);
        return sponsorships.recent(limit).stream().map(s -> view(s, 0)).toList();
    }

    @Override
    public List<Long> overdueAfter(Instant asOf, long afterId, int limit) {
        return sponsorships.overdueAfter(asOf, afterId, limit);
    }

    @Override
    public int enforce(List<Long> requestIds, Instant asOf) {
        List<DisclosureRequest> overdue = sponsorships.lockOverdue(requestIds, asOf);
        for (DisclosureRequest r : overdue) {
            r.enforce(asOf);
            ContentItem item = r.getItem();
            String version = policyVersions.applicableTo(DisclosurePolicy.CODE, item.getPostedAt())
                    .map(v -> v.reference()).orElse(r.getPolicyVersion());
            String reason = DisclosureAnswers.removalReason(r);
            if (item.getStatus() != ContentStatus.REMOVED) {
                item.remove(reason, version, r.getDeadline());
            }
            audit.record(AuditEntry.of(Actor.SYSTEM, AuditSubject.CONTENT, item.getPlatformId(),
                    AuditAction.DISCLOSURE_DEADLINE_REMOVED, version, reason));
        }
        return overdue.size();
    }

    @Override
    public long countOverdue(Instant asOf) {
        return sponsorships.countOverdue(asOf);
    }

    @Override
    public long countRemovedDueBy(Instant asOf) {
        return sponsorships.countRemovedDueBy(asOf);
    }

    private static SponsorshipView view(Sponsorship s, int opened) {
        return new SponsorshipView(s.getId(), s.getSponsor(), s.getPaidForBy(), s.getMentions(), s.getAccounts(),
                s.getFrom(), s.getTo(), s.getEvidence(), s.getRecordedBy(), s.getRecordedAt(), opened);
    }

    private DisclosureRequestView view(DisclosureRequest r, Instant now) {
        String sponsor = sponsorships.find(r.getSponsorshipId()).map(Sponsorship::getSponsor).orElse(r.getPaidForBy());
        return new DisclosureRequestView(r.getId(), r.getItem().getPlatformId(), r.getItem().getAuthorId(), sponsor,
                r.getPaidForBy(), r.getReason(), r.getOpenedAt(), r.getDeadline(), r.getStatus().name(), r.getClosedAt(),
                r.getPolicyVersion(), r.removesPostAt(now));
    }
}
