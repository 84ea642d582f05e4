package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.veracity.application.FieldProblem;
import org.veracity.application.PolicyCatalogService;
import org.veracity.application.RefusedException;
import org.veracity.application.UnknownSubjectException;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Permission;
import org.veracity.domain.access.Permissions;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.policy.Policy;
import org.veracity.domain.policy.PolicyRepository;
import org.veracity.domain.policy.PolicyVersion;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultPolicyCatalogService implements PolicyCatalogService {


    /** R20: escalation decisions that proposed a change to this policy are linked to the version published. */
    @Inject
    org.veracity.application.EscalationService escalations;

    @Inject
    PolicyRepository policies;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public List<PolicyView> catalogue() {
        return policies.catalogue().stream().map(p -> new PolicyView(p.getCode(), p.getName(), p.getRuleRef(),
                p.getDescription(), p.getVersions().stream().map(DefaultPolicyCatalogService::view).toList())).toList();
    }

    @Override
    public VersionView publishVersion(String policyCode, Instant effectiveFrom, String summary, Actor actor) {
        Permissions.require(actor, "publishing a policy version", Permission.PUBLISH_POLICIES);
        Policy policy = policies.findByCode(policyCode)
                .orElseThrow(() -> new UnknownSubjectException("no policy " + policyCode));
        PolicyVersion version;
        try {
            version = policy.publish(effectiveFrom, summary, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new RefusedException("effectiveFrom " + e.getMessage(),
                    List.of(new FieldProblem("effectiveFrom", e.getMessage())));
        }
        audit.record(AuditEntry.of(actor, AuditSubject.POLICY, policyCode, AuditAction.POLICY_VERSION_PUBLISHED,
                version.reference(),
                "takes effect " + effectiveFrom + ": " + summary));
        escalations.linkProposals(policyCode, version.reference(), actor);
        return view(version);
    }

    private static VersionView view(PolicyVersion v) {
        return new VersionView(v.reference(), v.getNumber(), v.getEffectiveFrom(), v.getSummary());
    }
}
