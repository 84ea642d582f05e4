package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.veracity.application.ConflictException;
import org.veracity.application.EnforcementService;
import org.veracity.application.EscalationService;
import org.veracity.application.FieldProblem;
import org.veracity.application.IntakeResult;
import org.veracity.application.IntakeStatus;
import org.veracity.application.InvalidInputException;
import org.veracity.application.RefusedException;
import org.veracity.application.UnknownSubjectException;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.NotPermittedException;
import org.veracity.domain.access.Permission;
import org.veracity.domain.access.Permissions;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentRepository;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.content.PlatformId;
import org.veracity.domain.content.RuleMoment;
import org.veracity.domain.escalation.DecisionAction;
import org.veracity.domain.escalation.Escalation;
import org.veracity.domain.escalation.EscalationRepository;
import org.veracity.domain.escalation.PublicFormLimits;
import org.veracity.domain.escalation.ServiceLevelFigures;
import org.veracity.domain.escalation.ServiceLevels;
import org.veracity.domain.escalation.SlaBreach;
import org.veracity.domain.escalation.TriageOrder;
import org.veracity.domain.factcheck.PartnerOrganisation;
import org.veracity.domain.factcheck.PartnerRepository;
import org.veracity.domain.factcheck.SizeBand;
import org.veracity.domain.notification.Notice;
import org.veracity.domain.policy.PolicyRepository;
import org.veracity.domain.policy.PolicyVersion;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultEscalationService implements EscalationService {

    public static final String TOPIC = "escalation.status";
    private static final String INFORM_LABELS = "inform-labels";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** How many items an escalation names at most, also after answers added some (a report names up to 50). */
    static final int MAX_ITEMS = 50;
    /** The items column's size: an answer whose items would not fit is refused, never cut. */
    private static final int ITEMS_CAPACITY = 20000;
    private static final char[] TRACKING_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    @Inject
    EscalationRepository escalations;

    @Inject
    PartnerRepository partners;

    @Inject
    PolicyRepository policies;

    @Inject
    PolicyVersions policyVersions;

    @Inject
    ContentRepository contents;

    @Inject
    IntakeOutsideTransaction newItems;

    @Inject
    EnforcementService enforcement;

    @Inject
    PublicFormTickets tickets;

    @Inject
    ServiceLevels levels;

    @Inject
    PublicFormLimits formLimits;

    @Inject
    AuditTrail audit;

    @Inject
    Event<Notice> notices;

    @Inject
    EscalationBreaches breachRecorder;

    @Inject
    Clock clock;

    @Override
    public Receipt report(Report report, Actor actor) {
        Permissions.require(actor, "reporting an escalation", Permission.REPORT_ESCALATIONS);
        PartnerOrganisation partner = Optional.ofNullable(actor.organisation()).flatMap(partners::findByName)
                .orElseThrow(() -> new NotPermittedException(actor.name() + " reports for no partner organisation;"
                        + " escalations come from a partner's token or the public form"));
        return receive(reporterOf(partner), report.items(), report.policy(), report.description(), report.contact(),
                actor);
    }

    @Override
    public Receipt reportFor(String partnerName, Report report, Actor actor) {
        Permissions.require(actor, "recording a partner's escalation", Permission.TRIAGE_ESCALATIONS);
        PartnerOrganisation partner = partners.findByName(partnerName)
                .orElseThrow(() -> RefusedException.onField("partner", "is not a partner organisation"));
        return receive(reporterOf(partner), report.items(), report.policy(), report.description(), report.contact(),
                actor);
    }

    private static Escalation.Reporter reporterOf(PartnerOrganisation partner) {
        if (partner.getSizeBand() == null) {
            throw RefusedException.onField("partner", partner.getName() + " has no size band yet; an admin records it"
                    + " on the partners page, so its escalations count in the published figures");
        }
        return new Escalation.Reporter(partner.getId(), partner.getName(), partner.getSizeBand(), null);
    }

    @Override
    public Receipt reportPublicly(PublicReport report, String ticket, String honeypot) {
        Instant now = clock.instant();
        String email = report.email().strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInputException(List.of(new FieldProblem("email",
                    "must be an e-mail address such as name@example.org, so we can tell you what happens")));
        }
        if (honeypot != null && !honeypot.isEmpty()) {
            throw new RefusedException("the form was filled in by a program, not a person");
        }
        String refused = tickets.whyRefused(ticket, now, formLimits);
        if (refused != null) {
            throw new RefusedException(refused);
        }
        if (escalations.countFromEmailSince(email, now.minus(Duration.ofDays(1))) >= formLimits.perEmailPerDay()) {
            throw RefusedException.onField("email", "has sent " + formLimits.perEmailPerDay()
                    + " escalations in the last 24 hours; please wait, or add to one you sent");
        }
        Actor reporter = new Actor("public:" + email, java.util.Set.of());
        return receive(new Escalation.Reporter(null, email, SizeBand.PUBLIC, email), report.items(), report.policy(),
                report.description(), null, reporter);
    }

    @Override
    public String publicFormTicket() {
        return tickets.issue(clock.instant());
    }

    private Receipt receive(Escalation.Reporter reporter, List<String> items, String policy, String description,
                            String contact, Actor actor) {
        Instant now = clock.instant();
        if (policies.findByCode(policy.strip()).isEmpty()) {
            throw RefusedException.onField("policy", "is not a policy of the catalogue (see /transparency)");
        }
        List<String> given = items.stream().map(String::strip).distinct().toList();
        refuseBeyondCapacity(given);
        takeIn(given, actor, now);
        String key = secret();
        Escalation e = Escalation.receive(trackingId(), key, reporter, given, policy.strip(), description.strip(),
                contact == null || contact.isBlank() ? null : contact.strip(), levels, now);
        escalations.store(e);
        changed(e, AuditEntry.of(actor, AuditSubject.ESCALATION, e.getTrackingId(), AuditAction.ESCALATION_RECEIVED,
                null,
                reporter.name() + " (" + reporter.band() + ") reports " + given + " under " + e.getPolicyCode()), now);
        return new Receipt(e.getTrackingId(), e.getStatus(), e.getFirstResponseDue(), e.getDecisionDue(), key);
    }

    /** 50 URLs of up to 2,048 characters each would not fit the escalation's items column. */
    private static void refuseBeyondCapacity(List<String> items) {
        if (String.join("\n", items).length() > ITEMS_CAPACITY) {
            throw RefusedException.onField("items", "are too long together: an escalation's items fit in "
                    + ITEMS_CAPACITY + " characters");
        }
    }

    /** Items Veracity has not seen are taken in through intake (R1), posted "now" as far as Veracity knows. */
    private void takeIn(List<String> items, Actor actor, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        List<ContentSubmission> unseen = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            boolean url = isUrl(item);
            if (url && item.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                problems.add(new FieldProblem("items[" + i + "]", "must be a URL without spaces or line breaks"));
                continue;
            }
            if (!url && !PlatformId.Check.accepts(item)) {
                problems.add(new FieldProblem("items[" + i + "]", "must be a platform content id or an http(s) URL; "
                        + PlatformId.RULE));
                continue;
            }
            String id = contentIdOf(item);
            if (contents.findByPlatformId(id).isEmpty()) {
                unseen.add(new ContentSubmission(id, url ? item : null, null, "unknown", AuthorKind.PERSON, null,
                        List.of(), null, null, now, 0, 0, false, null, List.of(), null));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (unseen.isEmpty()) {
            return;
        }
        for (IntakeResult r : newItems.submitContent(unseen, Actor.SYSTEM)) {
            if (r.status() == IntakeStatus.REJECTED) {
                int i = items.indexOf(items.stream().filter(it -> contentIdOf(it).equals(r.id())).findFirst().orElse(""));
                problems.add(new FieldProblem("items[" + Math.max(i, 0) + "]", r.reason()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean isUrl(String item) {
        String lower = item.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** A platform id stands for itself; a URL Veracity takes in under an id derived from it. */
    static String contentIdOf(String item) {
        return isUrl(item) ? "url-" + sha256(item).substring(0, 32) : item;
    }

    @Override
    public EscalationView get(String trackingId, Actor actor) {
        Escalation e = find(trackingId);
        boolean staff = Permission.VIEW_ESCALATIONS.grantedTo(actor);
        if (!staff && !reportedBy(e, actor)) {
            throw new UnknownSubjectException("no escalation " + trackingId + " of " + actor.organisation());
        }
        return view(e);
    }

    @Override
    public EscalationView getPublicly(String trackingId, String key) {
        return view(openedWith(trackingId, key));
    }

    private Escalation openedWith(String trackingId, String key) {
        return escalations.findByTrackingId(trackingId).filter(e -> e.opensWith(key))
                .orElseThrow(() -> new UnknownSubjectException("no escalation " + trackingId + " with this link"));
    }

    @Override
    public TriageQueue queue(Actor actor) {
        Permissions.require(actor, "the escalations queue", Permission.VIEW_ESCALATIONS);
        Instant now = clock.instant();
        List<TriageRow> rows = TriageOrder.queue(escalations.open()).stream().map(e -> {
            Instant due = e.nextDue();
            boolean waiting = e.getInformationRequestedAt() != null;
            String dueFor = switch (e.getStatus()) {
                case RECEIVED -> "first response";
                case APPEALED -> "appeal decision";
                case INFORMATION_REQUESTED -> "decision (paused: waiting for the reporter)";
                default -> e.getAppealedAt() != null ? "appeal decision" : "decision";
            };
            return new TriageRow(e.getTrackingId(), e.getStatus(), e.getReporterName(), e.getSizeBand(), e.getItems(),
                    e.getPolicyCode(), e.getDescription(), e.getReceivedAt(), dueFor, due,
                    Duration.between(now, due).getSeconds(), !waiting && levels.dueSoon(due, now),
                    !waiting && now.isAfter(due), e.getFirstDecidedBy());
        }).toList();
        List<Escalation> recent = escalations.receivedBetween(now.minus(Duration.ofDays(90)), now.plusSeconds(1));
        List<BreachView> breaches = new ArrayList<>();
        for (Escalation e : escalations.breachesRecordedSince(now.minus(Duration.ofDays(7)), 50)) {
            if (e.getFirstResponseBreachedAt() != null) {
                breaches.add(new BreachView(e.getTrackingId(), SlaBreach.FIRST_RESPONSE, e.getFirstResponseDue(),
                        e.getFirstResponseBreachedAt()));
            }
            if (e.getDecisionBreachedAt() != null) {
                breaches.add(new BreachView(e.getTrackingId(), SlaBreach.DECISION, e.getDecisionDue(),
                        e.getDecisionBreachedAt()));
            }
        }
        breaches.sort(java.util.Comparator.comparing(BreachView::recordedAt).reversed());
        return new TriageQueue(rows, recent.stream().filter(e -> e.getFirstResponseBreachedAt() != null).count(),
                recent.stream().filter(e -> e.getDecisionBreachedAt() != null).count(), breaches);
    }

    @Override
    public void acknowledge(String trackingId, String note, Actor actor) {
        Permissions.require(actor, "acknowledging an escalation", Permission.TRIAGE_ESCALATIONS);
        Instant now = clock.instant();
        Escalation e = lock(trackingId);
        refuseIf(e.whyNotAcknowledge());
        e.acknowledge(note, now);
        changed(e, AuditEntry.of(actor, AuditSubject.ESCALATION, trackingId, AuditAction.ESCALATION_ACKNOWLEDGED, null,
                note == null || note.isBlank() ? "acknowledged" : note), now);
    }

    @Override
    public void requestInformation(String trackingId, String question, Actor actor) {
        Permissions.require(actor, "asking a reporter for information", Permission.TRIAGE_ESCALATIONS);
        Instant now = clock.instant();
        Escalation e = lock(trackingId);
        refuseIf(e.whyNotRequestInformation());
        e.requestInformation(question.strip(), now);
        changed(e, AuditEntry.of(actor, AuditSubject.ESCALATION, trackingId,
                AuditAction.ESCALATION_INFORMATION_REQUESTED, null, question), now);
    }

    @Override
    public EscalationView supplyInformation(String trackingId, Answer answer, Actor actor) {
        // A specialist records a partner's answer given by phone or e-mail; partners answer their own.
        boolean staff = Permission.TRIAGE_ESCALATIONS.grantedTo(actor);
        if (!staff) {
            Permissions.require(actor, "answering a request for information", Permission.REPORT_ESCALATIONS);
        }
        Escalation e = find(trackingId);
        boolean own = reportedBy(e, actor);
        if (!own && !staff) {
            throw new UnknownSubjectException("no escalation " + trackingId + " of " + actor.organisation());
        }
        if (!own && e.getReporterPartnerId() == null) {
            throw new ConflictException("escalation " + e.getTrackingId() + " came through the public form;"
                    + " its reporter answers through the status link");
        }
        supply(e.getTrackingId(), answer, own ? "" : " (recorded by a specialist for " + e.getReporterName() + ")",
                actor);
        return view(find(trackingId));
    }

    @Override
    public void supplyInformationPublicly(String trackingId, String key, Answer answer) {
        Escalation e = openedWith(trackingId, key);
        supply(e.getTrackingId(), answer, "", new Actor("public:" + e.getReporterName(), java.util.Set.of()));
    }

    /**
     * Refused at once when nothing was asked, and checked again under the row lock: of two answers sent at once the
     * second waits for the first and is refused, so one answer is recorded.
     */
    private void supply(String trackingId, Answer answer, String note, Actor actor) {
        refuseIf(find(trackingId).whyNotSupplyInformation());
        Escalation e = lock(trackingId);
        refuseIf(e.whyNotSupplyInformation());
        List<String> more = answer.items().stream().map(String::strip).distinct().toList();
        List<String> all = e.itemsWith(more);
        if (all.size() > MAX_ITEMS) {
            throw RefusedException.onField("items", "would make the escalation name " + all.size()
                    + " items; it names at most " + MAX_ITEMS);
        }
        refuseBeyondCapacity(all);
        takeIn(more, actor, clock.instant());
        Instant now = clock.instant();
        String text = answer.text().strip();
        e.supplyInformation(text, more, now);
        changed(e, AuditEntry.of(actor, AuditSubject.ESCALATION, trackingId,
                AuditAction.ESCALATION_INFORMATION_SUPPLIED, null,
                text + note + (more.isEmpty() ? "" : " (items: " + more + ")")), now);
    }

    private boolean reportedBy(Escalation e, Actor actor) {
        return actor.organisation() != null && e.getReporterPartnerId() != null
                && partners.findByName(actor.organisation()).map(p -> p.getId().equals(e.getReporterPartnerId()))
                .orElse(false);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int recordBreaches() {
        Instant now = clock.instant();
        int recorded = 0;
        for (long id : breachRecorder.candidates(now)) {
            recorded += breachRecorder.record(id);
        }
        return recorded;
    }

    @Override
    public void merge(String duplicateTrackingId, String intoTrackingId, Actor actor) {
        Permissions.require(actor, "merging escalations", Permission.TRIAGE_ESCALATIONS);
        Instant now = clock.instant();
        Escalation duplicate = lock(duplicateTrackingId);
        Escalation primary = escalations.findByTrackingId(intoTrackingId.strip())
                .orElseThrow(() -> RefusedException.onField("into", "is not an escalation's tracking id"));
        String refusal = duplicate.whyNotMergeInto(primary);
        if (refusal != null) {
            throw RefusedException.onField("into", refusal);
        }
        duplicate.mergeInto(primary, now);
        changed(duplicate, AuditEntry.of(actor, AuditSubject.ESCALATION, duplicateTrackingId,
                AuditAction.ESCALATION_MERGED, null, "merged into " + primary.getTrackingId()), now);
    }

    @Override
    public void decide(String trackingId, DecisionCommand command, Actor actor) {
        Permissions.require(actor, "deciding an escalation", Permission.TRIAGE_ESCALATIONS);
        Instant now = clock.instant();
        Escalation e = lock(trackingId);
        refuseIf(e.whyNotDecide(actor.name()));
        Escalation.Decision decision = carryOut(e, command, actor, now);
        boolean appeal = e.getAppealedAt() != null;
        e.decide(decision, actor.name(), now);
        changed(e, AuditEntry.of(actor, AuditSubject.ESCALATION, trackingId,
                appeal ? AuditAction.ESCALATION_APPEAL_DECIDED
                : AuditAction.ESCALATION_DECIDED, decision.policyVersion(),
                        decision.action().label() + ": " + decision.rationale()), now);
        for (Escalation merged : escalations.mergedInto(trackingId)) {
            merged.decideWith(e, now);
            changed(merged, AuditEntry.of(actor, AuditSubject.ESCALATION, merged.getTrackingId(),
                    AuditAction.ESCALATION_DECIDED,
                    decision.policyVersion(), "decided with " + trackingId + ": " + decision.action().label()), now);
        }
    }

    /** Takes the action on every item through the enforcement service and answers what the decision cites. */
    private Escalation.Decision carryOut(Escalation e, DecisionCommand c, Actor actor, Instant now) {
        String rationale = c.rationale().strip();
        String proposal = c.policyProposal() == null || c.policyProposal().isBlank() ? null : c.policyProposal().strip();
        if (proposal != null && c.action() != DecisionAction.NOT_COVERED) {
            throw RefusedException.onField("policyProposal", "is made only when the policy did not cover the case");
        }
        List<String> outcomes = new ArrayList<>();
        String cited;
        switch (c.action()) {
            case REMOVED -> {
                if (c.removalCategory() == null) {
                    throw RefusedException.onField("removalCategory", "is required for a removal (R13)");
                }
                cited = null;
                for (String item : e.getItems()) {
                    String id = contentIdOf(item);
                    ContentItem content = contents.findByPlatformId(id)
                            .orElseThrow(() -> new UnknownSubjectException("no content item " + id));
                    PolicyVersion version = policyVersions.requireApplicableTo(c.removalCategory().policyCode(),
                            RuleMoment.POSTED.of(content.getPostedAt(), content.getReceivedAt()));
                    enforcement.remove(id, c.removalCategory(), null, "escalation " + e.getTrackingId() + ": " + rationale,
                            actor);
                    cited = version.reference();
                    outcomes.add(item + ": removed under " + version.reference() + " (R13)");
                }
            }
            case LABELLED -> {
                if (c.labelText() == null || c.labelText().isBlank() || c.labelUrl() == null || c.labelUrl().isBlank()) {
                    throw new RefusedException("a label needs its text and link", List.of(
                            new FieldProblem("labelText", "is required for a label"),
                            new FieldProblem("labelUrl", "is required for a label")));
                }
                cited = policyVersions.inForceAt(INFORM_LABELS, now).reference();
                for (String item : e.getItems()) {
                    enforcement.attachInformLabel(contentIdOf(item), c.labelText().strip(), c.labelUrl().strip(), actor);
                    outcomes.add(item + ": labelled \"" + c.labelText().strip() + "\" under " + cited);
                }
            }
            case NO_VIOLATION -> {
                cited = citedForJudgement(e, now);
                for (String item : e.getItems()) {
                    outcomes.add(item + ": no violation of " + cited);
                }
            }
            case NOT_COVERED -> {
                cited = policyVersions.inForceAt(e.getPolicyCode(), now).reference();
                for (String item : e.getItems()) {
                    Optional<ContentItem> content = contents.findByPlatformId(contentIdOf(item));
                    Instant posted = content.map(ci -> RuleMoment.POSTED.of(ci.getPostedAt(), ci.getReceivedAt()))
                            .orElse(now);
                    outcomes.add(item + ": not covered by " + cited + (policyVersions.applicableTo(e.getPolicyCode(),
                            posted).isEmpty() ? " — the post predates the policy, which is never retroactive (R14)" : ""));
                }
                rationale = "The policy did not cover this case. " + rationale
                        + (proposal == null ? "" : " A policy change was proposed to the policy leads.");
            }
            default -> throw new IllegalStateException("unknown action " + c.action());
        }
        return new Escalation.Decision(c.action(), cited, rationale, outcomes, proposal);
    }

    /** "No violation" cites the version that applies to the first item's post, else the version in force now. */
    private String citedForJudgement(Escalation e, Instant now) {
        Optional<ContentItem> first = contents.findByPlatformId(contentIdOf(e.getItems().get(0)));
        return first.flatMap(ci -> policyVersions.applicableTo(e.getPolicyCode(),
                        RuleMoment.POSTED.of(ci.getPostedAt(), ci.getReceivedAt())))
                .orElseGet(() -> policyVersions.inForceAt(e.getPolicyCode(), now)).reference();
    }

    @Override
    public void appeal(String trackingId, String reason, Actor actor) {
        Permissions.require(actor, "appealing an escalation's decision", Permission.REPORT_ESCALATIONS);
        get(trackingId, actor);
        Escalation e = lock(trackingId);
        appeal(e, reason, actor);
    }

    @Override
    public void appealPublicly(String trackingId, String key, String reason) {
        openedWith(trackingId, key);
        Escalation e = lock(trackingId);
        appeal(e, reason, new Actor("public:" + e.getReporterName(), java.util.Set.of()));
    }

    private void appeal(Escalation e, String reason, Actor actor) {
        Instant now = clock.instant();
        String refusal = e.whyNotAppeal();
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
        e.appeal(reason.strip(), levels, now);
        changed(e, AuditEntry.of(actor, AuditSubject.ESCALATION, e.getTrackingId(), AuditAction.ESCALATION_APPEALED,
                null, reason), now);
    }

    @Override
    public int linkProposals(String policyCode, String versionReference, Actor actor) {
        Instant now = clock.instant();
        int linked = 0;
        for (Escalation e : escalations.withOpenProposal(policyCode)) {
            if (e.linkProposalTo(policyCode, versionReference, now)) {
                linked++;
                changed(e, AuditEntry.of(actor, AuditSubject.ESCALATION, e.getTrackingId(),
                        AuditAction.ESCALATION_PROPOSAL_LINKED,
                        versionReference, "the proposed change led to " + versionReference), now);
            }
        }
        return linked;
    }

    @Override
    public List<ProposalView> proposals(Actor actor) {
        Permissions.require(actor, "proposed policy changes", Permission.VIEW_ESCALATIONS);
        return escalations.withProposals().stream().map(e -> new ProposalView(e.getTrackingId(), e.getPolicyCode(),
                e.getPolicyProposal(), e.getDecidedAt(), e.getProposalLinkedVersion())).toList();
    }

    @Override
    public List<FigureRow> figures() {
        Instant now = clock.instant();
        return ServiceLevelFigures.of(escalations.receivedBetween(now.minus(Duration.ofDays(366)), now.plusSeconds(1)), now)
                .stream().map(r -> new FigureRow(r.week(), r.band(), r.received(), seconds(r.medianFirstResponse()),
                        seconds(r.p90FirstResponse()), seconds(r.medianDecision()), seconds(r.p90Decision()),
                        r.firstResponseWithinSla(), r.decisionWithinSla(), r.outcomes(), r.firstResponseBreaches(),
                        r.decisionBreaches())).toList();
    }

    private static Long seconds(Duration d) {
        return d == null ? null : d.getSeconds();
    }

    @Override
    public void classifyPartner(String partnerName, org.veracity.domain.factcheck.OrganisationKind kind, SizeBand sizeBand,
                                String staffBand, Actor actor) {
        Permissions.require(actor, "classifying a partner organisation", Permission.MANAGE_PARTNERS);
        PartnerOrganisation partner = partners.findByName(partnerName)
                .orElseThrow(() -> new UnknownSubjectException("no partner " + partnerName));
        if (sizeBand == SizeBand.PUBLIC) {
            throw RefusedException.onField("sizeBand", "must be national, statewide or local");
        }
        partner.classify(kind, sizeBand, staffBand);
        audit.record(AuditEntry.of(actor, AuditSubject.PARTNER, partnerName, AuditAction.PARTNER_CLASSIFIED, null,
                kind.label() + ", " + (sizeBand == null ? "no size band" : sizeBand.label())
                        + (partner.getStaffBand() == null ? "" : ", " + partner.getStaffBand())));
    }

    @Override
    public List<ReporterView> reporters() {
        return partners.all().stream().map(p -> new ReporterView(p.getName(), p.getKind(), p.getSizeBand(),
                p.getStaffBand())).toList();
    }

    /** Every status change: audited and notified to the reporter in this transaction (R20, R21). */
    private void changed(Escalation e, AuditEntry entry, Instant now) {
        audit.record(entry);
        notices.fire(new Notice(TOPIC, AuditSubject.ESCALATION.name(), e.getTrackingId(),
                e.getReporterPartnerId() == null ? null
                : e.getReporterName(), e.getReporterEmail(), null, body(e), now));
    }

    /** The escalation's public JSON: id, status, dues, and the decision once decided. */
    static String body(Escalation e) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", e.getTrackingId())
                .add("status", e.getStatus().name())
                .add("firstResponseDue", e.getFirstResponseDue().toString())
                .add("decisionDue", e.getDecisionDue().toString());
        if (e.getAppealDecisionDue() != null) {
            b.add("appealDecisionDue", e.getAppealDecisionDue().toString());
        }
        Escalation.Decision d = e.decision();
        if (d != null) {
            JsonArrayBuilder outcomes = Json.createArrayBuilder();
            d.itemOutcomes().forEach(outcomes::add);
            b.add("decision", Json.createObjectBuilder().add("action", d.action().name())
                    .add("policyVersion", d.policyVersion()).add("rationale", d.rationale()).add("items", outcomes));
        }
        return b.build().toString();
    }

    private EscalationView view(Escalation e) {
        Escalation.Decision d = e.decision();
        DecisionView decision = d == null ? null : new DecisionView(d.action(), d.policyVersion(), d.rationale(),
                d.itemOutcomes(), d.policyProposal(), e.getProposalLinkedVersion(), e.getDecidedAt());
        return new EscalationView(e.getTrackingId(), e.getStatus(), e.getReporterPartnerId() == null
                ? "public reporter" : e.getReporterName(), e.getSizeBand(), e.getItems(), e.getPolicyCode(),
                e.getDescription(), e.getReceivedAt(), e.getFirstResponseDue(), e.getDecisionDue(),
                e.getAppealDecisionDue(), e.getHistory().stream().map(h -> new HistoryEntry(h.getAt(), h.getStatus(),
                h.getBy(), h.getNote())).toList(), decision, e.getMergedInto(), e.whyNotAppeal() == null);
    }

    /** For a change: the row stays locked until commit, so changes of one escalation happen one after another. */
    private Escalation lock(String trackingId) {
        return escalations.lockByTrackingId(trackingId.strip())
                .orElseThrow(() -> new UnknownSubjectException("no escalation " + trackingId));
    }

    private Escalation find(String trackingId) {
        return escalations.findByTrackingId(trackingId.strip())
                .orElseThrow(() -> new UnknownSubjectException("no escalation " + trackingId));
    }

    private static void refuseIf(String refusal) {
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
    }

    private static String trackingId() {
        StringBuilder id = new StringBuilder("ESC-");
        for (int i = 0; i < 10; i++) {
            id.append(TRACKING_ALPHABET[RANDOM.nextInt(TRACKING_ALPHABET.length)]);
        }
        return id.toString();
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
