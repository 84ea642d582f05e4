package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.application.ConflictException;
import org.veracity.application.FactCheckService;
import org.veracity.application.FieldProblem;
import org.veracity.application.ManualEnqueue;
import org.veracity.application.QueueRow;
import org.veracity.application.RatingCommand;
import org.veracity.application.RefusedException;
import org.veracity.application.UnknownSubjectException;
import org.veracity.domain.Problem;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.NotPermittedException;
import org.veracity.domain.access.Permission;
import org.veracity.domain.access.Permissions;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.access.Role;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentRepository;
import org.veracity.domain.distribution.DistributionAnswer;
import org.veracity.domain.distribution.ItemTreatments;
import org.veracity.domain.distribution.Treatments;
import org.veracity.domain.factcheck.Dispute;
import org.veracity.domain.factcheck.DisputeRepository;
import org.veracity.domain.factcheck.EnqueueRoute;
import org.veracity.domain.factcheck.OrganisationKind;
import org.veracity.domain.factcheck.ManualEnqueueRules;
import org.veracity.domain.factcheck.PartnerOrganisation;
import org.veracity.domain.factcheck.PartnerRepository;
import org.veracity.domain.factcheck.PossibleCopy;
import org.veracity.domain.factcheck.PossibleCopyRepository;
import org.veracity.domain.factcheck.QueueEntry;
import org.veracity.domain.factcheck.QueueFilter;
import org.veracity.domain.factcheck.QueueRepository;
import org.veracity.domain.factcheck.Rating;
import org.veracity.domain.factcheck.RatingRepository;
import org.veracity.domain.importance.IssueOfImportance;
import org.veracity.domain.importance.IssueRepository;
import org.veracity.domain.signal.SignalRepository;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultFactCheckService implements FactCheckService {

    private static final int EXCERPT = 160;

    @Inject
    ContentRepository contents;

    @Inject
    QueueRepository queue;

    @Inject
    RatingRepository ratings;

    @Inject
    DisputeRepository disputes;

    @Inject
    PartnerRepository partners;

    @Inject
    IssueRepository issues;

    @Inject
    SignalRepository signals;

    @Inject
    FactCheckPipeline pipeline;

    @Inject
    RatingApplication ratingApplication;

    @Inject
    TreatmentLoader treatments;

    @Inject
    CopyPropagation copies;

    @Inject
    PossibleCopyRepository possibleCopies;

    @Inject
    @ConfigProperty(name = "veracity.factcheck.lease")
    Duration lease;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public QueuePage queue(QueueFilter filter, int offset, int limit, Actor actor) {
        Instant now = clock.instant();
        QueueFilter effective = actor.actsForPartner() ? narrowToPartner(filter, partnerOf(actor)) : filter;
        List<QueueEntry> entries = queue.search(effective, now, offset, limit);
        Map<Long, ItemTreatments> t = treatments.load(entries.stream().map(QueueEntry::getItem).toList(), now);
        List<QueueRow> rows = entries.stream().map(e -> row(e, t.get(e.getItem().getId()), now)).toList();
        return new QueuePage(rows, queue.count(effective, now));
    }

    private static QueueFilter narrowToPartner(QueueFilter f, PartnerOrganisation p) {
        return new QueueFilter(f.status(), f.route(), f.issueId(), f.language(), f.region(), f.domain(), p.getId(),
                p.getLanguages(), p.getRegions());
    }

    private static QueueRow row(QueueEntry e, ItemTreatments t, Instant now) {
        ContentItem i = e.getItem();
        DistributionAnswer answer = Treatments.answer(i, t, now);
        boolean leased = e.isLeasedAt(now);
        return new QueueRow(i.getPlatformId(), i.getRegistrableDomain(), excerpt(i.getText()), i.getLanguage(),
                i.getRegion(), e.getRoute().name(), e.statusAt(now).name(), e.getPriority(), e.getEnqueuedAt(),
                e.getIssue() == null ? null : e.getIssue().getName(), leased ? e.getClaimedBy() : null,
                leased ? e.getLeaseUntil() : null, answer.multiplier());
    }

    @Override
    public Lease claim(String contentId, Actor actor) {
        QueueEntry entry = entryOffered(contentId, actor);
        Instant now = clock.instant();
        Instant until = now.plus(lease);
        if (!queue.claim(entry.getId(), actor.name(), now, until)) {
            throw new ConflictException("item " + contentId + " is claimed by someone else or no longer queued");
        }
        pipeline.record(actor, entry.getItem(), AuditAction.CLAIMED, null, "lease until " + until);
        return new Lease(contentId, actor.name(), until);
    }

    @Override
    public void release(String contentId, Actor actor) {
        QueueEntry entry = entryOffered(contentId, actor);
        if (!entry.isHeldBy(actor.name(), clock.instant())) {
            throw new ConflictException("item " + contentId + " is not held by " + actor.name());
        }
        entry.release();
        pipeline.record(actor, entry.getItem(), AuditAction.RELEASED, null, null);
    }

    @Override
    public long rate(String contentId, RatingCommand command, Actor actor) {
        QueueEntry entry = entryOffered(contentId, actor);
        Instant now = clock.instant();
        if (!entry.isHeldBy(actor.name(), now)) {
            throw new ConflictException("claim item " + contentId + " before rating it (or your lease has lapsed)");
        }
        copies.ownRatingReplacesCopy(entry.getItem(), actor, now);
        Rating rating = ratingApplication.apply(entry.getItem(), partnerOf(actor), command, actor, now);
        entry.rated();
        copies.propagate(rating, actor, now);
        return rating.getId();
    }

    @Override
    public void enqueueManually(ManualEnqueue command, Actor actor) {
        Permissions.require(actor, "manual enqueue", Permission.ENQUEUE);
        ContentItem item = item(command.contentId());
        Instant now = clock.instant();
        Optional<PartnerOrganisation> own = actor.actsForPartner() ? Optional.of(partnerOf(actor)) : Optional.empty();
        Optional<IssueOfImportance> issue = command.issueId() == null ? Optional.empty()
                : issues.find(command.issueId()).filter(i -> i.isActiveAt(now));
        ManualEnqueueRules.Request request = new ManualEnqueueRules.Request(item, pipeline.eligibilityProblems(item),
                own, command.withDemotion(), issue, signals.totalsFor(item).externalFalsity() > 0,
                command.externalSignal());
        List<Problem> missing = ManualEnqueueRules.problemsOf(request);
        if (!missing.isEmpty()) {
            throw new RefusedException("the item cannot be enqueued manually", FieldProblem.of(missing));
        }
        if (queue.findByItem(item).isPresent()) {
            throw new ConflictException("item " + command.contentId() + " is already in the fact-check queue");
        }
        String evidence = ManualEnqueueRules.evidence(request, command.evidenceNote());
        pipeline.enqueue(item, EnqueueRoute.MANUAL, now, actor, issue, own.orElse(null), evidence);
        if (command.withDemotion()) {
            pipeline.demoteTemporarily(item, now, null, actor, "manually enqueued with temporary demotion");
        }
    }

    @Override
    public long dispute(long ratingId, String publisher, String statement, Actor actor) {
        Permissions.require(actor, "recording a dispute", Permission.RECORD_DISPUTES);
        Rating rating = ratings.find(ratingId).filter(Rating::isCurrent)
                .orElseThrow(() -> new UnknownSubjectException("no current rating " + ratingId));
        if (disputes.forRating(rating).stream().anyMatch(d -> d.getStatus() == Dispute.Status.OPEN)) {
            throw new ConflictException("rating " + ratingId + " already has an open dispute");
        }
        Dispute dispute = new Dispute(rating, publisher, statement, clock.instant());
        disputes.store(dispute);
        pipeline.record(actor, rating.getItem(), AuditAction.DISPUTED, rating.getPolicyVersion(),
                "by " + publisher + ": " + statement);
        return dispute.getId();
    }

    @Override
    public void confirm(long disputeId, String note, Actor actor) {
        Dispute dispute = openDisputeOfOwnPartner(disputeId, actor);
        dispute.resolve(Dispute.Status.CONFIRMED, actor.name(), note, clock.instant());
        pipeline.record(actor, dispute.getRating().getItem(), AuditAction.DISPUTE_CONFIRMED,
                dispute.getRating().getPolicyVersion(), note);
        copies.disputeConfirmed(dispute.getRating(), actor);
    }

    @Override
    public long change(long disputeId, RatingCommand changed, String note, Actor actor) {
        Dispute dispute = openDisputeOfOwnPartner(disputeId, actor);
        Instant now = clock.instant();
        Rating old = dispute.getRating();
        ratingApplication.withdraw(old, actor, now, "changed after dispute " + disputeId);
        Rating replacement = ratingApplication.apply(old.getItem(), old.getOrganisation(), changed, actor, now);
        dispute.resolve(Dispute.Status.CHANGED, actor.name(), note, now);
        pipeline.record(actor, old.getItem(), AuditAction.DISPUTE_CHANGED, replacement.getPolicyVersion(),
                old.getVerdict() + " → " + changed.rating() + ": " + note);
        copies.follow(old, replacement, actor, now);
        return replacement.getId();
    }

    @Override
    public List<DisputeRow> openDisputes(Actor actor) {
        Optional<Long> own = actor.actsForPartner() ? Optional.of(partnerOf(actor).getId()) : Optional.empty();
        return disputes.open().stream()
                .filter(d -> own.isEmpty() || own.get().equals(d.getRating().getOrganisation().getId()))
                .map(d -> new DisputeRow(d.getId(), d.getRating().getId(), d.getRating().getItem().getPlatformId(),
                        d.getRating().getOrganisation().getName(), d.getRating().getVerdict().name(), d.getOpenedBy(),
                        d.getStatement(), d.getOpenedAt())).toList();
    }

    @Override
    public List<PossibleCopyRow> possibleCopies(Actor actor) {
        Long own = partnerOf(actor).getId();
        return possibleCopies.open().stream().filter(p -> own.equals(p.getRating().getOrganisation().getId()))
                .map(p -> new PossibleCopyRow(p.getId(), p.getItem().getPlatformId(), excerpt(p.getItem().getText()),
                        p.getOriginal().getPlatformId(), excerpt(p.getOriginal().getText()),
                        p.getRating().getVerdict().name(), p.getRating().getClaim(), p.getSimilarity(), p.getEvidence(),
                        p.getOfferedAt())).toList();
    }

    @Override
    public String confirmCopy(long possibleCopyId, Actor actor) {
        PossibleCopy offer = openOfferOfOwnPartner(possibleCopyId, actor);
        if (!offer.getRating().isCurrent()) {
            throw new ConflictException("the rating of item " + offer.getOriginal().getPlatformId() + " was changed");
        }
        return copies.confirm(offer, actor, clock.instant()).why();
    }

    @Override
    public void rejectCopy(long possibleCopyId, Actor actor) {
        PossibleCopy offer = openOfferOfOwnPartner(possibleCopyId, actor);
        offer.decide(PossibleCopy.Status.REJECTED, actor.name(), clock.instant());
        pipeline.record(actor, offer.getItem(), AuditAction.POSSIBLE_COPY_REJECTED,
                offer.getRating().getPolicyVersion(),
                "not a copy of rated item " + offer.getOriginal().getPlatformId());
    }

    private PossibleCopy openOfferOfOwnPartner(long id, Actor actor) {
        PossibleCopy offer = possibleCopies.find(id)
                .orElseThrow(() -> new UnknownSubjectException("no possible copy " + id));
        PartnerOrganisation partner = partnerOf(actor);
        if (!partner.getId().equals(offer.getRating().getOrganisation().getId())) {
            throw new NotPermittedException("only " + offer.getRating().getOrganisation().getName()
                    + ", which rated the original, decides whether this is a copy");
        }
        if (!offer.isOpen()) {
            throw new ConflictException("possible copy " + id + " is already " + offer.getStatus());
        }
        return offer;
    }

    @Override
    public List<PartnerView> partners() {
        return partners.all().stream().map(DefaultFactCheckService::partnerView).toList();
    }

    @Override
    public PartnerView createPartner(String name, List<String> languages, List<String> regions, Actor actor) {
        return addPartner(name, languages, regions, null, actor);
    }

    @Override
    public PartnerView addPartner(String name, List<String> languages, List<String> regions, String contact,
                                  Actor actor) {
        if (!actor.has(Role.SYSTEM)) {
            Permissions.require(actor, Permission.MANAGE_PARTNERS);
        }
        if (partners.findByName(name).isPresent()) {
            throw new ConflictException("a partner named " + name + " exists");
        }
        PartnerOrganisation p = new PartnerOrganisation(name, lower(languages), lower(regions));
        p.describe(p.getLanguages(), p.getRegions(), contact == null || contact.isBlank() ? null : contact.trim());
        partners.store(p);
        audit.record(AuditEntry.of(actor, AuditSubject.PARTNER, name, AuditAction.PARTNER_CREATED, null, coverage(p)));
        return partnerView(p);
    }

    @Override
    public PartnerView describePartner(String name, List<String> languages, List<String> regions, String contact,
                                       Actor actor) {
        Permissions.require(actor, Permission.MANAGE_PARTNERS);
        PartnerOrganisation p = partners.findByName(name)
                .orElseThrow(() -> new UnknownSubjectException("no partner organisation " + name));
        p.describe(lower(languages), lower(regions), contact == null || contact.isBlank() ? null : contact.trim());
        audit.record(AuditEntry.of(actor, AuditSubject.PARTNER, name, AuditAction.PARTNER_CHANGED, null, coverage(p)));
        return partnerView(p);
    }

    private static String coverage(PartnerOrganisation p) {
        return "languages " + p.getLanguages() + ", regions " + p.getRegions()
                + (p.getContact() == null ? "" : ", contact " + p.getContact());
    }

    private static PartnerView partnerView(PartnerOrganisation p) {
        return new PartnerView(p.getName(), p.getLanguages(), p.getRegions(), p.getContact());
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.trim().toLowerCase()).distinct().toList();
    }

    private Dispute openDisputeOfOwnPartner(long disputeId, Actor actor) {
        Dispute dispute = disputes.find(disputeId)
                .orElseThrow(() -> new UnknownSubjectException("no dispute " + disputeId));
        PartnerOrganisation partner = partnerOf(actor);
        if (!partner.getId().equals(dispute.getRating().getOrganisation().getId())) {
            throw new NotPermittedException("only " + dispute.getRating().getOrganisation().getName()
                    + ", the rating organisation, answers this dispute");
        }
        if (dispute.getStatus() != Dispute.Status.OPEN) {
            throw new ConflictException("dispute " + disputeId + " is already " + dispute.getStatus());
        }
        return dispute;
    }

    /** The queue entry of an item, if the caller's partner is offered it. */
    private QueueEntry entryOffered(String contentId, Actor actor) {
        PartnerOrganisation partner = partnerOf(actor);
        QueueEntry entry = queue.findByItem(item(contentId))
                .orElseThrow(() -> new UnknownSubjectException("item " + contentId + " is not in the fact-check queue"));
        if (!entry.isOfferedTo(partner)) {
            throw new NotPermittedException(partner.getName() + " does not review item " + contentId
                    + " (its languages and regions are " + partner.getLanguages() + " / " + partner.getRegions() + ")");
        }
        return entry;
    }

    private PartnerOrganisation partnerOf(Actor actor) {
        Permissions.require(actor, "fact-checking", Permission.WORK_ON_CLAIMS);
        PartnerOrganisation partner = Optional.ofNullable(actor.organisation()).flatMap(partners::findByName)
                .orElseThrow(() -> new NotPermittedException(actor.name() + " belongs to no partner organisation"));
        // A campaign, party or election authority reports escalations (R20); only fact-checkers rate (R5).
        if (partner.getKind() != OrganisationKind.FACT_CHECKER) {
            throw new NotPermittedException(partner.getName() + " is a " + partner.getKind().name().toLowerCase()
                    .replace('_', ' ') + ", not a fact-checking organisation");
        }
        return partner;
    }

    private ContentItem item(String contentId) {
        return contents.findByPlatformId(contentId)
                .orElseThrow(() -> new UnknownSubjectException("no content item " + contentId));
    }

    private static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
    }

}
