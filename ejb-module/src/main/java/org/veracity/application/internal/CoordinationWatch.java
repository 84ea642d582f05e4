package org.veracity.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.veracity.domain.access.Actor;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.content.RuleMoment;
import org.veracity.domain.coordination.CaseStatus;
import org.veracity.domain.coordination.CoordinationCase;
import org.veracity.domain.coordination.CoordinationDetector;
import org.veracity.domain.coordination.CoordinationRepository;
import org.veracity.domain.coordination.CoordinationRule;
import org.veracity.domain.coordination.JoinTreatment;
import org.veracity.domain.coordination.PostTrace;
import org.veracity.domain.coordination.TermNumbering;
import org.veracity.domain.coordination.TextSketch;
import org.veracity.domain.hoax.NormalizedText;
import org.veracity.domain.hoax.TextNormalizer;
import org.veracity.domain.label.Label;
import org.veracity.domain.label.LabelRepository;
import org.veracity.domain.policy.PolicyVersion;
import org.veracity.domain.sponsorship.DisclosurePolicy;
import org.veracity.domain.sponsorship.DisclosureRequest;
import org.veracity.domain.sponsorship.Sponsorship;
import org.veracity.domain.sponsorship.SponsorshipRepository;
import org.veracity.domain.suspension.SuspensionRepository;
import org.veracity.infrastructure.config.CoordinationSettings;

/**
 * R18 at intake, in the intake transaction: leaves a trace of each new post, finds its near-identical posts of the
 * surrounding hour in the database, and opens a coordination case when they reach the rule's accounts, or adds the
 * post to the case they already belong to, where it receives the case's decision ({@link JoinTreatment}).
 * <p>
 * Ordering across instances: every intake batch that traces a post takes the detection lock
 * ({@link CoordinationRepository#lockDetection}) before it reads the candidates and holds it until commit, so each
 * batch's read sees every earlier batch's traces and cases, no two transactions open cases from the same posts, and
 * a case's decision, which takes the lock too, sees every post joined before it. (Until issue 15 the single audit
 * chain head gave this order; the audit chains by subject no longer do.)
 */
@ApplicationScoped
public class CoordinationWatch {


    private final TextNormalizer normalizer = new TextNormalizer();

    /** Known posts' terms numbered once for the batches after (issue 15); a full one is replaced, never cleared. */
    private final AtomicReference<TermNumbering> numbering = new AtomicReference<>(new TermNumbering());

    @Inject
    CoordinationRepository coordination;

    @Inject
    CoordinationSettings settings;

    @Inject
    PolicyVersions policyVersions;

    @Inject
    AuditTrail audit;

    @Inject
    LabelRepository labels;

    @Inject
    SuspensionRepository suspensions;

    @Inject
    SponsorshipRepository sponsorships;

    @Inject
    SponsoredPosts sponsored;

    /** The items this intake batch stored, whatever their screening said. */
    public void atIntake(List<ContentItem> stored, Instant now) {
        if (!settings.enabled() || stored.isEmpty()) {
            return;
        }
        Map<ContentItem, NormalizedText> texts = new LinkedHashMap<>();
        for (ContentItem item : stored) {
            if (item.getText() != null && !item.getText().isBlank()) {
                texts.put(item, normalizer.normalize(item.getText()));
            }
        }
        Map<PostTrace, ContentItem> arriving = new IdentityHashMap<>();
        List<PostTrace> inOrder = traces(texts, arriving);
        if (inOrder.isEmpty()) {
            return;
        }
        coordination.lockDetection();
        CoordinationRule rule = settings.rule();
        List<Set<Long>> keys = new ArrayList<>();
        for (int slot = 0; slot < TextSketch.SIZE; slot++) {
            keys.add(new HashSet<>());
        }
        Instant from = null;
        Instant to = null;
        for (PostTrace trace : inOrder) {
            long[] sketch = trace.sketch();
            for (int slot = 0; slot < sketch.length; slot++) {
                keys.get(slot).add(sketch[slot]);
            }
            from = from == null || trace.getPostedAt().isBefore(from) ? trace.getPostedAt() : from;
            to = to == null || trace.getPostedAt().isAfter(to) ? trace.getPostedAt() : to;
        }
        Instant since = from.minus(rule.window());
        Instant until = to.plus(rule.window());
        CoordinationDetector detector = new CoordinationDetector(rule, currentNumbering());
        CoordinationDetector.KnownPosts more = wanted -> coordination.postsSharing(wanted, since, until);
        List<CoordinationDetector.Cluster> clusters = detector.place(inOrder,
                coordination.postsSharing(keys, since, until), more);
        Set<PostTrace> opening = Collections.newSetFromMap(new IdentityHashMap<>());
        for (CoordinationDetector.Cluster cluster : clusters) {
            open(cluster, arriving, now);
            opening.addAll(cluster.members());
        }
        List<PostTrace> joining = inOrder.stream()
                .filter(t -> t.getCaseId() != null && !opening.contains(t)).toList();
        joining.forEach(t -> t.joinedAt(now));
        inOrder.forEach(coordination::store);
        if (!joining.isEmpty()) {
            applyDecisions(joining, arriving, now);
        }
    }

    private TermNumbering currentNumbering() {
        TermNumbering current = numbering.get();
        if (current.isFull()) {
            numbering.compareAndSet(current, new TermNumbering());
            current = numbering.get();
        }
        return current;
    }

    /**
     * Labels a post as part of a coordinated campaign, citing the given coordinated-behaviour version (R14), and
     * audits it: a case's decision and a post joining a labelled case label alike.
     */
    void label(ContentItem item, String version, Actor actor, Instant now) {
        labels.store(new Label(item, CoordinationCase.LABEL_KIND, CoordinationCase.LABEL_TEXT, null, now, null,
                version));
        audit.record(AuditEntry.of(actor, AuditSubject.CONTENT, item.getPlatformId(), AuditAction.LABELLED, version,
                CoordinationCase.LABEL_TEXT));
    }

    private List<PostTrace> traces(Map<ContentItem, NormalizedText> texts, Map<PostTrace, ContentItem> arriving) {
        List<PostTrace> inOrder = new ArrayList<>();
        texts.forEach((item, text) -> PostTrace.of(item.getId(), item.getPlatformId(), item.getAuthorId(),
                RuleMoment.POSTED.of(item.getPostedAt(), item.getReceivedAt()), text).ifPresent(trace -> {
                    arriving.put(trace, item);
                    inOrder.add(trace);
                }));
        return inOrder;
    }

    private void open(CoordinationDetector.Cluster cluster, Map<PostTrace, ContentItem> arriving, Instant now) {
        ContentItem tipping = arriving.get(cluster.tipping());
        CoordinationCase opened = new CoordinationCase(tipping.getText(), now);
        coordination.store(opened);
        List<Long> knownMembers = new ArrayList<>();
        for (PostTrace member : cluster.members()) {
            member.joinCase(opened.getId());
            member.joinedAt(now);
            if (!arriving.containsKey(member)) {
                knownMembers.add(member.getContentId());
            }
        }
        coordination.assign(opened.getId(), knownMembers, now);
        Set<String> accounts = cluster.members().stream().map(PostTrace::getAuthorId).collect(Collectors.toSet());
        audit.record(AuditEntry.of(Actor.SYSTEM, AuditSubject.COORDINATION_CASE, Long.toString(opened.getId()),
                AuditAction.COORDINATION_CASE_OPENED, policyVersions.applicableTo(CoordinationRule.POLICY, now)
                        .map(PolicyVersion::reference).orElse(null),
                accounts.size() + " accounts posted near-identical text between "
                        + cluster.members().get(0).getPostedAt() + " and "
                        + cluster.members().get(cluster.members().size() - 1).getPostedAt()
                        + "; opened by " + tipping.getPlatformId()));
    }

    /** Each post joining an existing case receives what its decision implies, and the join is audited. */
    private void applyDecisions(List<PostTrace> joining, Map<PostTrace, ContentItem> arriving, Instant now) {
        Map<Long, CoordinationCase> cases = new HashMap<>();
        joining.forEach(t -> cases.computeIfAbsent(t.getCaseId(), id -> coordination.find(id).orElseThrow()));
        List<ContentItem> askable = joining.stream()
                .filter(t -> cases.get(t.getCaseId()).getStatus() == CaseStatus.DISCLOSURE_REQUESTED).map(arriving::get)
                .filter(i -> !DisclosurePolicy.isDisclosed(i.getSponsor())).toList();
        List<Sponsorship> recorded = askable.isEmpty() ? List.of()
                : sponsorships.forAuthors(askable.stream().map(ContentItem::getAuthorId).collect(Collectors.toSet()));
        Map<Long, DisclosureRequest> asked = askable.isEmpty() ? Map.of()
                : sponsored.requestsOf(askable.stream().map(ContentItem::getId).toList());
        // Cites the version in force now, as the decision's own labels did; intake never fails for want of one.
        String inForce = policyVersions.applicableTo(CoordinationRule.POLICY, now).map(PolicyVersion::reference)
                .orElse(null);
        for (PostTrace t : joining) {
            String version = inForce != null ? inForce : cases.get(t.getCaseId()).getPolicyVersion();
            ContentItem item = arriving.get(t);
            CaseStatus status = cases.get(t.getCaseId()).getStatus();
            Sponsorship covering = status != CaseStatus.DISCLOSURE_REQUESTED || asked.containsKey(item.getId())
                    || DisclosurePolicy.isDisclosed(item.getSponsor()) ? null
                    : recorded.stream().filter(s -> s.covers(item.getAuthorId(), item.getPostedAt())).findFirst()
                            .orElse(null);
            boolean suspended = status == CaseStatus.SUSPENDED
                    && suspensions.inForce(item.getAuthorId(), now).isPresent();
            JoinTreatment treatment = JoinTreatment.of(status, item.getStatus() == ContentStatus.ACTIVE, suspended,
                    covering != null);
            audit.record(AuditEntry.of(Actor.SYSTEM, AuditSubject.COORDINATION_CASE, Long.toString(t.getCaseId()),
                    AuditAction.COORDINATION_POST_JOINED, version, item.getPlatformId() + " by " + item.getAuthorId()
                            + " joined the " + status + " case: " + treatment.describe()));
            if (treatment.labels()) {
                label(item, version, Actor.SYSTEM, now);
            } else if (treatment == JoinTreatment.ASK_DISCLOSURE) {
                sponsored.open(item, covering, DisclosurePolicy.reasonFor(covering) + ": coordination case "
                        + t.getCaseId() + ", whose posts were asked to disclose", Actor.SYSTEM, now);
            }
        }
    }
}
