package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.veracity.application.BreakGlassService;
import org.veracity.application.ConflictException;
import org.veracity.application.FieldProblem;
import org.veracity.application.RefusedException;
import org.veracity.application.UnknownSubjectException;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Permission;
import org.veracity.domain.access.Permissions;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.breakglass.BreakGlassActivation;
import org.veracity.domain.breakglass.BreakGlassMeasure;
import org.veracity.domain.breakglass.BreakGlassRepository;
import org.veracity.domain.rfh.RfhStatus;
import org.veracity.domain.rfh.RfhRepository;
import org.veracity.domain.rfh.RfhEntry;
import org.veracity.application.DryRunReport;
import org.veracity.domain.importance.IssueOfImportance;
import org.veracity.domain.importance.IssueRepository;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultBreakGlassService implements BreakGlassService {


    @Inject
    BreakGlassRepository measures;

    @Inject
    IssueRepository issues;

    @Inject
    PolicyVersions policyVersions;

    @Inject
    ActiveHoaxes hoaxes;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    RfhRepository rfh;

    @Inject
    RfhDryRun dryRuns;

    @Override
    public DryRunReport dryRun(long measureId, int days, Actor actor) {
        Permissions.require(actor, "a dry run of a break-glass measure", Permission.DRY_RUN_RFH);
        BreakGlassMeasure measure = measures.find(measureId)
                .orElseThrow(() -> new UnknownSubjectException("no break-glass measure " + measureId));
        List<RfhEntry> approved = rfh.all().stream().filter(e -> e.getMeasure().getId().equals(measure.getId())
                && e.getStatus() == RfhStatus.APPROVED).toList();
        return dryRuns.run("measure \"" + measure.getName() + "\"", approved, days, actor,
                AuditSubject.BREAK_GLASS_MEASURE, String.valueOf(measureId), AuditAction.MEASURE_DRY_RUN);
    }

    @Override
    public List<MeasureView> measures() {
        return measures.all().stream().map(DefaultBreakGlassService::view).toList();
    }

    @Override
    public List<ActivationView> history() {
        return measures.history().stream().map(a -> new ActivationView(a.getMeasure().getId(),
                a.getMeasure().getName(), a.getMeasure().getIssue().getName(), a.getActivatedAt(), a.getActivatedBy(),
                a.getActivationReason(), a.getDeactivatedAt(), a.getDeactivatedBy(), a.getDeactivationReason()))
                .toList();
    }

    @Override
    public long prepare(String name, String description, long issueId, Actor actor) {
        Permissions.require(actor, "preparing a break-glass measure", Permission.PREPARE_MEASURES);
        if (measures.findByName(name).isPresent()) {
            throw new ConflictException("a break-glass measure named " + name + " exists");
        }
        IssueOfImportance issue = issues.find(issueId).orElseThrow(() -> new RefusedException(
                "no issue of importance " + issueId, List.of(new FieldProblem("issueId", "is not an issue of importance"))));
        BreakGlassMeasure measure = new BreakGlassMeasure(name, description, issue, RfhScreen.POLICY, actor.name(),
                clock.instant());
        measures.store(measure);
        audit.record(AuditEntry.of(actor, AuditSubject.BREAK_GLASS_MEASURE, String.valueOf(measure.getId()),
                AuditAction.MEASURE_PREPARED, null,
                name + " for the issue " + issue.getName() + ", prepared inactive"));
        return measure.getId();
    }

    @Override
    public void activate(long measureId, String reason, Actor actor) {
        Permissions.require(actor, "activating a break-glass measure", Permission.SWITCH_MEASURES);
        BreakGlassMeasure measure = get(measureId);
        Instant now = clock.instant();
        String version = policyVersions.inForceAt(measure.getPolicyCode(), now).reference();
        BreakGlassActivation activation = measure.activate(actor.name(), now, reason).orElseThrow(() ->
                new ConflictException(measure.getName() + " is already active since " + measure.getActiveSince()));
        measures.store(activation);
        hoaxes.changed();
        audit.record(AuditEntry.of(actor, AuditSubject.BREAK_GLASS_MEASURE, String.valueOf(measure.getId()),
                AuditAction.MEASURE_ACTIVATED, version, measure.getName() + ": " + reason));
    }

    @Override
    public void deactivate(long measureId, String reason, Actor actor) {
        Permissions.require(actor, "deactivating a break-glass measure", Permission.SWITCH_MEASURES);
        BreakGlassMeasure measure = get(measureId);
        BreakGlassActivation open = measures.openActivation(measure).orElseThrow(() ->
                new ConflictException(measure.getName() + " is not active"));
        measure.deactivate(open, actor.name(), clock.instant(), reason);
        hoaxes.changed();
        audit.record(AuditEntry.of(actor, AuditSubject.BREAK_GLASS_MEASURE, String.valueOf(measure.getId()),
                AuditAction.MEASURE_DEACTIVATED, null, measure.getName() + ": " + reason));
    }

    private BreakGlassMeasure get(long id) {
        return measures.find(id).orElseThrow(() -> new UnknownSubjectException("no break-glass measure " + id));
    }

    private static MeasureView view(BreakGlassMeasure m) {
        return new MeasureView(m.getId(), m.getName(), m.getDescription(), m.getIssue().getName(), m.getPolicyCode(),
                m.isActive(), m.getActiveSince(), m.getPreparedBy(), m.getPreparedAt());
    }
}
