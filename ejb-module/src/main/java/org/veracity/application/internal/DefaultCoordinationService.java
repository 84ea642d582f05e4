package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.veracity.application.ConflictException;
import org.veracity.application.CoordinationService;
import org.veracity.application.SuspensionService;
import org.veracity.application.UnknownSubjectException;
import org.veracity.application.DisclosureService;
import org.veracity.application.RefusedException;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Permission;
import org.veracity.domain.access.Permissions;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentRepository;
import org.veracity.domain.coordination.CaseDecision;
import org.veracity.domain.coordination.CaseStatus;
import org.veracity.domain.coordination.CoordinationCase;
import org.veracity.domain.coordination.CoordinationRepository;
import org.veracity.domain.coordination.CoordinationRule;
import org.veracity.domain.coordination.PostTrace;
import org.veracity.domain.sponsorship.DisclosurePolicy;
import org.veracity.domain.suspension.SuspensionRepository;
import org.veracity.infrastructure.config.CoordinationSettings;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultCoordinationService implements CoordinationService {

    @Inject
    CoordinationRepository coordination;

    @Inject
    ContentRepository contents;

    @Inject
    SuspensionRepository suspensionRecords;

    @Inject
    SuspensionService suspensions;

    @Inject
    PolicyVersions policyVersions;

    @Inject
    CoordinationSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    DisclosureService disclosure;

    @Inject
    CoordinationWatch watch;

    @Inject
    Clock clock;

    @Override
    public CasePage cases(int offset, int limit, Actor actor) {
        Permissions.require(actor, "reading coordination cases", Permission.VIEW_COORDINATION);
        List<CoordinationCase> page = coordination.newest(offset, limit);
        Map<Long, List<PostTrace>> posts = coordination.postsOf(page.stream().map(CoordinationCase::getId).toList())
                .stream().collect(Collectors.groupingBy(PostTrace::getCaseId));
        return new CasePage(page.stream().map(c -> view(c, posts.getOrDefault(c.getId(), List.of()), null)).toList(),
                coordination.count());
    }

    @Override
    public CaseView get(long caseId, Actor actor) {
        Permissions.require(actor, "reading a coordination case", Permission.VIEW_COORDINATION);
        CoordinationCase c = load(caseId);
        return view(c, coordination.postsOf(List.of(caseId)), clock.instant());
    }

    @Override
    public void decide(long caseId, CaseDecision decision, boolean permanent, String reason, Actor actor) {
        Permissions.require(actor, "deciding a coordination case", Permission.DECIDE_COORDINATION);
        CoordinationCase c = load(caseId);
        if (c.whyCannotBeDecided() != null) {
            throw new ConflictException(c.whyCannotBeDecided());
        }
        // Intake joins posts to cases holding the detection lock until it commits: taken first, it makes this
        // decision see every post joined before it, and a post joining later see the decision (CoordinationWatch).
        coordination.lockDetection();
        Instant now = clock.instant();
        List<PostTrace> posts = coordination.postsOf(List.of(caseId));
        String why = reason.strip();
        String version = switch (decision) {
            case DISMISS -> policyVersions.inForceAt(CoordinationRule.POLICY, now).reference();
            case LABEL -> label(posts, now, actor);
            case SUSPEND -> suspend(c, posts, permanent, why, now, actor);
            case ASK_DISCLOSURE -> askDisclosure(c, posts, why, now, actor);
        };
        c.decide(decision, actor.name(), now, why, version);
        audit.record(AuditEntry.of(actor, AuditSubject.COORDINATION_CASE, Long.toString(caseId),
                actionOf(decision), version, why));
    }

    /** The audited action names the case's outcome: COORDINATION_ + {@link CaseStatus#after}. */
    private static AuditAction actionOf(CaseDecision decision) {
        return switch (decision) {
            case DISMISS -> AuditAction.COORDINATION_DISMISSED;
            case LABEL -> AuditAction.COORDINATION_LABELLED;
            case SUSPEND -> AuditAction.COORDINATION_SUSPENDED;
            case ASK_DISCLOSURE -> AuditAction.COORDINATION_DISCLOSURE_REQUESTED;
        };
    }

    /** A label stays possible on any post, so it cites the version in force now (R14). */
    private String label(List<PostTrace> posts, Instant now, Actor actor) {
        String version = policyVersions.inForceAt(CoordinationRule.POLICY, now).reference();
        for (ContentItem item : contents.findByIds(posts.stream().map(PostTrace::getContentId).toList())) {
            watch.label(item, version, actor, now);
        }
        return version;
    }

    /**
     * Suspends each account of the case not already suspended (R16); the reason cites the coordinated-behaviour
     * version that applies to the case's first post, and the suspension is refused when none does (R14).
     */
    private String suspend(CoordinationCase c, List<PostTrace> posts, boolean permanent, String why, Instant now,
                           Actor actor) {
        String version = policyVersions.requireApplicableTo(CoordinationRule.POLICY, posts.get(0).getPostedAt())
                .reference();
        Instant until = permanent ? null : now.plus(settings.suspension());
        for (String account : posts.stream().map(PostTrace::getAuthorId).distinct().toList()) {
            if (suspensionRecords.inForce(account, now).isEmpty()) {
                suspensions.suspend(new SuspensionService.Suspension(account, null, until, permanent,
                        "Coordinated posting, case " + c.getId() + " (" + version + "): " + why), actor);
            }
        }
        return version;
    }

    /** R17 through the disclosure service: only posts of accounts a recorded sponsorship covers are asked. */
    private String askDisclosure(CoordinationCase c, List<PostTrace> posts, String why, Instant now, Actor actor) {
        List<String> ids = contents.findByIds(posts.stream().map(PostTrace::getContentId).distinct().toList())
                .stream().map(ContentItem::getPlatformId).toList();
        List<String> asked = disclosure.requestDisclosure(ids, actor, "Coordination case " + c.getId() + ": " + why);
        if (asked.isEmpty()) {
            throw RefusedException.onField("decision", "no post of this case could be asked to disclose: its accounts"
                    + " are not paid posters of a recorded sponsorship (a payment is never assumed, R17), or their"
                    + " posts were asked already");
        }
        return policyVersions.inForceAt(DisclosurePolicy.CODE, now).reference();
    }

    @Override
    public Map<CaseStatus, Long> counts() {
        return coordination.countByStatus();
    }

    private CoordinationCase load(long caseId) {
        return coordination.find(caseId)
                .orElseThrow(() -> new UnknownSubjectException("no coordination case " + caseId));
    }

    private CaseView view(CoordinationCase c, List<PostTrace> posts, Instant suspendedAt) {
        Map<String, Integer> perAccount = new LinkedHashMap<>();
        Map<String, Boolean> lateOnly = new HashMap<>();
        List<Post> rows = new ArrayList<>(posts.size());
        for (PostTrace p : posts) {
            perAccount.merge(p.getAuthorId(), 1, Integer::sum);
            boolean late = c.getDecidedAt() != null && p.getJoinedAt() != null && p.getJoinedAt().isAfter(c.getDecidedAt());
            lateOnly.merge(p.getAuthorId(), late, Boolean::logicalAnd);
            rows.add(new Post(p.getPlatformId(), p.getAuthorId(), p.getPostedAt()));
        }
        List<Account> accounts = perAccount.entrySet().stream().map(e -> new Account(e.getKey(), e.getValue(),
                suspendedAt != null && suspensionRecords.inForce(e.getKey(), suspendedAt).isPresent(),
                lateOnly.get(e.getKey()))).toList();
        return new CaseView(c.getId(), c.getStatus(), c.getSharedText(), c.getOpenedAt(),
                posts.isEmpty() ? null : posts.get(0).getPostedAt(),
                posts.isEmpty() ? null : posts.get(posts.size() - 1).getPostedAt(), accounts, rows, c.getDecidedBy(),
                c.getDecidedAt(), c.getDecisionReason(), c.getPolicyVersion());
    }
}
