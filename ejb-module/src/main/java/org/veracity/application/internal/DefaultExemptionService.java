package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veracity.application.ConflictException;
import org.veracity.application.ExemptionService;
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
import org.veracity.domain.demotion.DemotionKind;
import org.veracity.domain.demotion.DemotionRepository;
import org.veracity.domain.exemption.DomainOverride;
import org.veracity.domain.exemption.ExemptionList;
import org.veracity.domain.exemption.ExemptionRepository;
import org.veracity.domain.exemption.OverrideMode;
import org.veracity.domain.exemption.RegistrableDomain;
import org.veracity.domain.policy.PolicyCodes;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultExemptionService implements ExemptionService {


    @Inject
    PolicyVersions policyVersions;

    @Inject
    ExemptionRepository exemptions;

    @Inject
    ContentRepository contents;

    @Inject
    DemotionRepository demotions;

    @Inject
    FactCheckPipeline pipeline;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public ExemptionStatus status(int offset, int limit) {
        Instant now = clock.instant();
        ExemptionList active = exemptions.activeList().orElse(null);
        return new ExemptionStatus(active == null ? null : info(active),
                active == null ? List.of() : exemptions.domainsOf(active, offset, limit),
                exemptions.history(20).stream().map(DefaultExemptionService::info).toList(),
                exemptions.overrides().stream().map(o -> new OverrideView(o.getId(), o.getDomain(), o.getMode().name(),
                        o.getReason(), o.getCreatedBy(), o.getCreatedAt(), o.getExpiresAt(), o.getRevokedAt(),
                        o.isInForceAt(now))).toList(),
                exemptions.userContentHosts().keySet().stream().sorted().toList());
    }

    private static ListInfo info(ExemptionList l) {
        return new ListInfo(l.getId(), l.getSource(), l.getBuiltAt(), l.getTopN(), l.getSize(), l.getEntered(),
                l.getLeft(), l.isActive());
    }

    @Override
    public long overrideDomain(String domain, OverrideMode mode, String reason, Instant expiresAt, Actor actor) {
        Permissions.require(actor, "overriding the exemption", Permission.OVERRIDE_EXEMPTIONS);
        String registrable = RegistrableDomain.ofHost(domain).orElseThrow(() -> new RefusedException(
                "not a domain", List.of(new FieldProblem("domain", "is not a registrable domain such as nypost.com"))));
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new RefusedException("expiry in the past", List.of(new FieldProblem("expiresAt", "must be in the future")));
        }
        exemptions.overrideInForce(registrable, now).ifPresent(o -> o.revoke(now));
        DomainOverride override = new DomainOverride(registrable, mode, reason, actor.name(), now, expiresAt);
        exemptions.store(override);
        audit.record(AuditEntry.of(actor, AuditSubject.DOMAIN, registrable, AuditAction.EXEMPTION_OVERRIDE,
                citation(now),
                mode + (expiresAt == null ? "" : " until " + expiresAt) + ": " + reason));
        return override.getId();
    }

    @Override
    public void revokeOverride(long overrideId, Actor actor) {
        Permissions.require(actor, "revoking an exemption override", Permission.OVERRIDE_EXEMPTIONS);
        DomainOverride o = exemptions.findOverride(overrideId)
                .orElseThrow(() -> new UnknownSubjectException("no override " + overrideId));
        Instant now = clock.instant();
        o.revoke(now);
        audit.record(AuditEntry.of(actor, AuditSubject.DOMAIN, o.getDomain(), AuditAction.EXEMPTION_OVERRIDE_REVOKED,
                citation(now),
                o.getMode().name()));
    }

    @Override
    public void demoteAnyway(String contentId, String reason, Instant until, Actor actor) {
        Permissions.require(actor, "applying the temporary demotion to an exempt item", Permission.OVERRIDE_EXEMPTIONS);
        ContentItem item = contents.findByPlatformId(contentId)
                .orElseThrow(() -> new UnknownSubjectException("no content item " + contentId));
        Instant now = clock.instant();
        boolean demoted = demotions.findByItem(item).stream()
                .anyMatch(d -> d.getKind() == DemotionKind.TEMPORARY_PENDING_REVIEW && d.isInForceAt(now));
        if (demoted) {
            throw new ConflictException("item " + contentId + " is already temporarily demoted");
        }
        if (until != null && !until.isAfter(now)) {
            throw new RefusedException("expiry in the past", List.of(new FieldProblem("until", "must be in the future")));
        }
        pipeline.demoteTemporarily(item, now, until, actor, "exemption overridden for this item: " + reason);
    }

    @Override
    public long beginRebuild(String source, int topN) {
        ExemptionList list = new ExemptionList(source, clock.instant(), topN);
        exemptions.store(list);
        return list.getId();
    }

    @Override
    public int addRanked(long listId, List<RankedHost> entries) {
        ExemptionList list = staged(listId);
        // Each domain once, at its first (best) rank in the chunk; written in one batch.
        Map<String, Integer> ranked = new LinkedHashMap<>();
        for (RankedHost e : entries) {
            if (e.rank() <= list.getTopN()) {
                RegistrableDomain.ofHost(e.host()).ifPresent(domain -> ranked.putIfAbsent(domain, e.rank()));
            }
        }
        return exemptions.addEntries(listId, ranked);
    }

    @Override
    public RebuildOutcome completeRebuild(long listId, Actor actor) {
        ExemptionList fresh = staged(listId);
        // Read the list in force only under the switch lock: a rebuild finishing at the same moment
        // would otherwise deactivate the same old list and leave two lists active.
        exemptions.lockSwitch();
        ExemptionList old = exemptions.activeList().orElse(null);
        Set<String> now = exemptions.allDomainsOf(fresh);
        if (now.isEmpty()) {
            throw new RefusedException("the new exemption list is empty; the current one stays in force");
        }
        Set<String> before = old == null ? Set.of() : exemptions.allDomainsOf(old);
        Set<String> entered = new HashSet<>(now);
        entered.removeAll(before);
        Set<String> left = new HashSet<>(before);
        left.removeAll(now);
        record(listId, entered, "ENTERED");
        record(listId, left, "LEFT");
        if (old != null) {
            exemptions.deactivate(old);
        }
        fresh.completed(now.size(), entered.size(), left.size());
        fresh.activate();
        audit.record(AuditEntry.of(actor, AuditSubject.EXEMPTION_LIST, Long.toString(listId),
                AuditAction.EXEMPTION_LIST_REBUILT, citation(clock.instant()),
                fresh.getSource() + ": " + now.size() + " domains, " + entered.size() + " entered, " + left.size() + " left"));
        return new RebuildOutcome(listId, now.size(), entered.size(), left.size());
    }

    private void record(long listId, Set<String> domains, String change) {
        exemptions.recordChanges(listId, domains.stream().sorted().toList(), change);
    }

    @Override
    public void abandonRebuild(long listId) {
        exemptions.delete(staged(listId));
    }

    private ExemptionList staged(long listId) {
        ExemptionList list = exemptions.findList(listId)
                .orElseThrow(() -> new UnknownSubjectException("no exemption list " + listId));
        if (list.isActive() || list.getSize() > 0) {
            throw new ConflictException("exemption list " + listId + " is already complete");
        }
        return list;
    }

    /** R14: the exemption policy's version in force when the change is made, as a policy lead last published it. */
    private String citation(Instant now) {
        return policyVersions.inForceAt(PolicyCodes.POPULAR_SITE_EXEMPTION, now).reference();
    }
}
