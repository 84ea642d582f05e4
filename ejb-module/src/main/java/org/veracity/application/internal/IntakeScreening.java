package org.veracity.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.veracity.domain.access.Actor;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.screening.Screening;
import org.veracity.domain.screening.ScreeningOutcome;

/**
 * Asks every {@link IntakeScreen} about a new item and applies the strongest verdict: the one
 * place where intake blocks (R11) or removes (R16) before an item circulates.
 */
@ApplicationScoped
public class IntakeScreening {

    @Inject
    @Any
    Instance<IntakeScreen> screens;

    @Inject
    AuditTrail audit;

    /** The strongest verdict of all screens; empty when the item may circulate untouched. */
    public Optional<Screening> judge(ContentSubmission submission, Instant now) {
        Screening strongest = null;
        for (IntakeScreen screen : screens) {
            strongest = Screening.strongest(strongest, screen.screen(submission, now).orElse(null));
        }
        return Optional.ofNullable(strongest);
    }

    /** Applies a verdict to the item just stored, lets its screen keep the evidence, and audits it. */
    public void apply(ContentItem item, Screening verdict, Instant now, Actor actor) {
        if (verdict.outcome() == ScreeningOutcome.REMOVE) {
            item.remove(verdict.reason(), verdict.policyVersion(), now);
        } else if (verdict.outcome() == ScreeningOutcome.BLOCK) {
            item.block(verdict.reason(), verdict.policyVersion(), now);
        }
        for (IntakeScreen screen : screens) {
            if (screen.source().equals(verdict.source())) {
                screen.recordOutcome(item, verdict, actor);
            }
        }
        audit.record(AuditEntry.of(actor, AuditSubject.CONTENT, item.getPlatformId(), actionOf(verdict),
                verdict.policyVersion(), verdict.evidence() == null ? verdict.reason()
                        : verdict.reason() + " — " + verdict.evidence()));
    }

    private static AuditAction actionOf(Screening verdict) {
        return switch (verdict.outcome()) {
            case REMOVE -> AuditAction.INTAKE_REMOVED;
            case BLOCK -> AuditAction.INTAKE_BLOCKED;
            case REVIEW -> AuditAction.INTAKE_HELD_FOR_REVIEW;
        };
    }
}
