package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.veracity.application.FieldProblem;
import org.veracity.application.InvalidInputException;
import org.veracity.application.RefusedException;
import org.veracity.application.SuspensionService;
import org.veracity.application.UnknownSubjectException;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Permission;
import org.veracity.domain.access.Permissions;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.suspension.AccountSuspension;
import org.veracity.domain.suspension.SuspensionPolicy;
import org.veracity.domain.suspension.SuspensionRepository;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultSuspensionService implements SuspensionService {


    @Inject
    SuspensionRepository suspensions;

    @Inject
    PolicyVersions policyVersions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public long suspend(Suspension s, Actor actor) {
        Permissions.require(actor, "suspending an account", Permission.SUSPEND_ACCOUNTS);
        Instant now = clock.instant();
        if (s.permanent() == (s.until() != null)) {
            throw new InvalidInputException(List.of(new FieldProblem("until", s.permanent()
                    ? "must be empty for a permanent suspension" : "is required unless the suspension is permanent")));
        }
        Instant startsAt = StartingMoment.of(s.startsAt(), now, "startsAt", "a suspension");
        if (s.until() != null && !s.until().isAfter(startsAt)) {
            throw new RefusedException("the period ends before it starts",
                    List.of(new FieldProblem("until", "must be after the start of the suspension (" + startsAt + ")")));
        }
        String cited = policyVersions.inForceAt(SuspensionPolicy.CODE, now).reference();
        AccountSuspension suspension = new AccountSuspension(s.authorId().strip(), startsAt, s.until(), s.reason().strip(),
                actor.name(), now);
        suspensions.store(suspension);
        audit.record(AuditEntry.of(actor, AuditSubject.ACCOUNT, suspension.getAuthorId(),
                AuditAction.ACCOUNT_SUSPENDED, cited,
                (suspension.isPermanent() ? "permanently" : "from " + startsAt + " until " + s.until()) + ": "
                        + suspension.getReason()));
        return suspension.getId();
    }

    @Override
    public void lift(long suspensionId, String reason, Actor actor) {
        Permissions.require(actor, "lifting an account suspension", Permission.SUSPEND_ACCOUNTS);
        AccountSuspension suspension = suspensions.find(suspensionId)
                .orElseThrow(() -> new UnknownSubjectException("no suspension " + suspensionId));
        Instant now = clock.instant();
        if (!suspension.canBeLiftedAt(now)) {
            throw new RefusedException("suspension " + suspensionId + " of " + suspension.getAuthorId()
                    + " is already over");
        }
        suspension.lift(actor.name(), now, reason);
        audit.record(AuditEntry.of(actor, AuditSubject.ACCOUNT, suspension.getAuthorId(), AuditAction.SUSPENSION_LIFTED,
                policyVersions.inForceAt(SuspensionPolicy.CODE, now).reference(), reason));
    }

    @Override
    public List<SuspensionView> suspensions() {
        Instant now = clock.instant();
        return suspensions.recent(200).stream().map(s -> new SuspensionView(s.getId(), s.getAuthorId(), s.getStartsAt(),
                s.getEndsAt(), s.isPermanent(), s.getReason(), s.getSuspendedBy(), s.getSuspendedAt(), s.getLiftedAt(),
                s.getLiftedBy(), s.getLiftReason(), s.isInForceAt(now), s.canBeLiftedAt(now))).toList();
    }
}
