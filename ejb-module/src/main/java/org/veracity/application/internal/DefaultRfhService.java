package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.application.FieldProblem;
import org.veracity.application.RefusedException;
import org.veracity.application.RfhService;
import org.veracity.application.DryRunReport;
import org.veracity.application.UnknownSubjectException;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Permission;
import org.veracity.domain.access.Permissions;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditEvent;
import org.veracity.domain.audit.AuditRepository;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.breakglass.BreakGlassMeasure;
import org.veracity.domain.breakglass.BreakGlassRepository;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentRepository;
import org.veracity.domain.factcheck.Rating;
import org.veracity.domain.factcheck.RatingRepository;
import org.veracity.domain.policy.PolicyVersion;
import org.veracity.domain.Problem;
import org.veracity.domain.rfh.NominationRules;
import org.veracity.domain.rfh.RfhEntry;
import org.veracity.domain.rfh.RfhMatch;
import org.veracity.domain.rfh.RfhRepository;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultRfhService implements RfhService {

    private static final int REVIEW_PAGE = 500;

    @Inject
    RfhRepository rfh;

    @Inject
    BreakGlassRepository measures;

    @Inject
    ContentRepository contents;

    @Inject
    RatingRepository ratings;

    @Inject
    PolicyVersions policyVersions;

    @Inject
    ActiveHoaxes hoaxes;

    @Inject
    AuditTrail audit;

    @Inject
    AuditRepository auditLog;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "veracity.rfh.virality.min-reach")
    long minReach;

    @Inject
    RfhDryRun dryRuns;

    @Override
    public DryRunReport dryRun(long entryId, int days, Actor actor) {
        Permissions.require(actor, "a dry run of an RFH entry", Permission.DRY_RUN_RFH);
        RfhEntry entry = rfh.find(entryId).orElseThrow(() -> new UnknownSubjectException("no RFH entry " + entryId));
        return dryRuns.run("RFH entry " + entryId, List.of(entry), days, actor, AuditSubject.RFH_ENTRY,
                String.valueOf(entryId),
                AuditAction.RFH_DRY_RUN);
    }

    @Override
    public long nominate(Nomination n, Actor actor) {
        Permissions.require(actor, "nominating a repeatedly fact-checked hoax", Permission.NOMINATE_RFH);
        Optional<BreakGlassMeasure> measure = measures.find(n.measureId());
        Map<String, ContentItem> items = new LinkedHashMap<>();
        contents.findByPlatformIds(n.evidenceItems()).forEach(item -> items.put(item.getPlatformId(), item));
        Map<String, NominationRules.Evidence> evidence = new LinkedHashMap<>();
        items.values().forEach(item -> evidence.put(item.getPlatformId(), new NominationRules.Evidence(
                item.getPlatformId(), item.getViews(), ratings.currentFor(item)
                        .filter(r -> r.getVerdict().isFalseOrAltered()).map(r -> describe(item, r)))));
        List<Problem> problems = new NominationRules(minReach).problemsOf(new NominationRules.Request(
                measure.isPresent(), n.claim(), n.evidenceItems(), n.severity(), n.links(), n.mediaHashes()), evidence);
        if (!problems.isEmpty()) {
            throw new RefusedException("the nomination does not meet R11", FieldProblem.of(problems));
        }
        List<String> falsity = NominationRules.falsity(evidence.values());
        long reach = NominationRules.reach(evidence.values());
        List<String> variants = new ArrayList<>(List.of(n.claim()));
        n.evidenceItems().stream().map(items::get).map(ContentItem::getText)
                .filter(t -> NominationRules.namesAClaim(t) && !variants.contains(t)).forEach(variants::add);
        Instant now = clock.instant();
        RfhEntry entry = new RfhEntry(n.claim(), measure.get(), String.join("; ", falsity), reach, n.severity(),
                n.severityRationale(), n.evidenceItems(), variants, n.links(),
                n.mediaHashes().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList(), actor.name(), now);
        rfh.store(entry);
        audit.record(AuditEntry.of(actor, AuditSubject.RFH_ENTRY, String.valueOf(entry.getId()),
                AuditAction.RFH_NOMINATED, currentVersion(now),
                "\"" + n.claim() + "\" under " + measure.get().getName() + "; falsity: " + entry.getFalsity()
                        + "; reach " + reach + " views; severity " + n.severity() + ": " + n.severityRationale()));
        return entry.getId();
    }

    @Override
    public void approve(long entryId, String note, Actor actor) {
        Permissions.require(actor, "approving a repeatedly fact-checked hoax", Permission.DECIDE_RFH);
        RfhEntry entry = decidable(entryId, actor);
        Instant now = clock.instant();
        entry.approve(actor.name(), now, note);
        hoaxes.changed();
        audit.record(AuditEntry.of(actor, AuditSubject.RFH_ENTRY, String.valueOf(entryId), AuditAction.RFH_APPROVED,
                currentVersion(now),
                "\"" + entry.getClaim() + "\" nominated by " + entry.getNominatedBy()
                        + (note == null || note.isBlank() ? "" : ": " + note)));
    }

    @Override
    public void reject(long entryId, String reason, Actor actor) {
        Permissions.require(actor, "rejecting a repeatedly fact-checked hoax", Permission.DECIDE_RFH);
        RfhEntry entry = decidable(entryId, actor);
        Instant now = clock.instant();
        entry.reject(actor.name(), now, reason);
        audit.record(AuditEntry.of(actor, AuditSubject.RFH_ENTRY, String.valueOf(entryId), AuditAction.RFH_REJECTED,
                currentVersion(now),
                "\"" + entry.getClaim() + "\" nominated by " + entry.getNominatedBy() + ": " + reason));
    }

    @Override
    public void retire(long entryId, String reason, Actor actor) {
        Permissions.require(actor, "retiring a repeatedly fact-checked hoax", Permission.DECIDE_RFH);
        RfhEntry entry = get(entryId);
        entry.whyCannotBeRetired().ifPresent(why -> {
            throw RefusedException.onField("decision", why);
        });
        Instant now = clock.instant();
        entry.retire(actor.name(), now, reason);
        hoaxes.changed();
        audit.record(AuditEntry.of(actor, AuditSubject.RFH_ENTRY, String.valueOf(entryId), AuditAction.RFH_RETIRED,
                currentVersion(now),
                "\"" + entry.getClaim() + "\" no longer matches: " + reason));
    }

    @Override
    public List<EntryView> entries() {
        return rfh.all().stream().map(DefaultRfhService::view).toList();
    }

    @Override
    public List<MatchView> reviewQueue(Actor actor) {
        Permissions.require(actor, "the RFH review queue", Permission.REVIEW_RFH_MATCHES);
        return rfh.pendingReview(REVIEW_PAGE).stream().map(m -> view(m, List.of())).toList();
    }

    @Override
    public void confirmBlock(long matchId, String note, Actor actor) {
        Permissions.require(actor, "confirming an RFH match", Permission.RESOLVE_RFH_MATCHES);
        RfhMatch match = reviewable(matchId);
        ContentItem item = match.getItem();
        PolicyVersion version = policyVersions.requireApplicableTo(RfhScreen.POLICY, item.getPostedAt());
        Instant now = clock.instant();
        String reason = "a new version of the repeatedly fact-checked hoax \"" + match.getEntry().getClaim()
                + "\" (RFH entry " + match.getEntry().getId() + "), confirmed by a specialist";
        match.confirm(actor.name(), now, note);
        item.block(reason, version.reference(), now);
        audit.record(AuditEntry.of(actor, AuditSubject.CONTENT, item.getPlatformId(), AuditAction.RFH_BLOCK_CONFIRMED,
                version.reference(), reason + " — " + match.getEvidence()
                        + (note == null || note.isBlank() ? "" : "; " + note)));
    }

    @Override
    public void clear(long matchId, String reason, Actor actor) {
        Permissions.require(actor, "clearing an RFH match", Permission.RESOLVE_RFH_MATCHES);
        RfhMatch match = reviewable(matchId);
        match.clear(actor.name(), clock.instant(), reason);
        audit.record(AuditEntry.of(actor, AuditSubject.CONTENT, match.getItem().getPlatformId(),
                AuditAction.RFH_MATCH_CLEARED,
                null, "not a version of RFH entry " + match.getEntry().getId() + ": " + reason));
    }

    @Override
    public List<MatchView> matchesFor(String contentId) {
        return contents.findByPlatformId(contentId).map(item -> rfh.matchesOf(item).stream()
                .map(m -> view(m, historyOf(m.getEntry()))).toList()).orElse(List.of());
    }

    private RfhEntry decidable(long entryId, Actor actor) {
        RfhEntry entry = get(entryId);
        entry.whyCannotBeDecidedBy(actor.name()).ifPresent(why -> {
            throw RefusedException.onField("decision", why);
        });
        return entry;
    }

    private RfhMatch reviewable(long matchId) {
        RfhMatch match = rfh.findMatch(matchId).orElseThrow(() -> new UnknownSubjectException("no RFH match " + matchId));
        match.whyCannotBeReviewed().ifPresent(why -> {
            throw RefusedException.onField("decision", why);
        });
        return match;
    }

    private RfhEntry get(long id) {
        return rfh.find(id).orElseThrow(() -> new UnknownSubjectException("no RFH entry " + id));
    }

    private String currentVersion(Instant now) {
        return policyVersions.inForceAt(RfhScreen.POLICY, now).reference();
    }

    private static String describe(ContentItem item, Rating r) {
        return item.getPlatformId() + " rated " + r.getVerdict() + " by " + r.getOrganisation().getName()
                + " (" + r.getArticleUrl() + ")";
    }

    private static EntryView view(RfhEntry e) {
        return new EntryView(e.getId(), e.getClaim(), e.getMeasure().getId(), e.getMeasure().getName(),
                e.getMeasure().isActive(), e.getStatus(), e.getFalsity(), e.getReach(), e.getSeverity(),
                e.getSeverityRationale(), e.getEvidenceItems(), e.getLinks(), e.getMediaHashes(), e.getVariants().size(),
                e.getNominatedBy(), e.getNominatedAt(), e.getDecidedBy(), e.getDecidedAt(), e.getDecisionNote(),
                e.getRetiredBy(), e.getRetiredAt(), e.getRetirementReason());
    }

    /** The entry's and its measure's audit events, oldest first, one line each. */
    private List<String> historyOf(RfhEntry entry) {
        List<AuditEvent> events = new ArrayList<>(auditLog.findBySubject(AuditSubject.RFH_ENTRY,
                String.valueOf(entry.getId())));
        events.addAll(auditLog.findBySubject(AuditSubject.BREAK_GLASS_MEASURE,
                String.valueOf(entry.getMeasure().getId())));
        return events.stream().sorted(Comparator.comparingLong(AuditEvent::getSequence))
                .map(e -> e.getOccurredAt() + " " + e.getAction() + " by " + e.getActor() + " (" + e.getRole() + ")"
                        + (e.getPolicyVersion() == null ? "" : " [" + e.getPolicyVersion() + "]"))
                .toList();
    }

    private static MatchView view(RfhMatch m, List<String> entryHistory) {
        return new MatchView(m.getId(), m.getItem().getPlatformId(), m.getItem().getText(), m.getEntry().getId(),
                m.getEntry().getClaim(), m.getEntry().getMeasure().getName(), m.getTier(), m.getKind(),
                m.getSimilarity(), m.getEvidence(), m.getStatus(), m.getMatchedAt(), m.getDecidedBy(),
                m.getDecidedAt(), m.getDecisionNote(), entryHistory);
    }
}
