package org.veracity.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    /** The strongest verdict of all screens; empty when the item may circulate untouched. */
    public Optional<Screening> judge(ContentSubmission submission, Instant now) {
        return judgeAll(List.of(submission), now).get(0);
    }

    /** {@link #judge} for each submission of an intake batch, in order; each screen is asked once for the batch. */
    public List<Optional<Screening>> judgeAll(List<ContentSubmission> submissions, Instant now) {
        List<Screening> strongest = new ArrayList<>(Collections.nCopies(submissions.size(), null));
        for (IntakeScreen screen : screens) {
            List<Optional<Screening>> verdicts = screen.screenAll(submissions, now);
            for (int k = 0; k < strongest.size(); k++) {
                strongest.set(k, Screening.strongest(strongest.get(k), verdicts.get(k).orElse(null)));
            }
        }
        return strongest.stream().map(Optional::ofNullable).toList();
    }

    /**
     * Applies a verdict to the item just stored and lets its screen keep the evidence; answers the audit entry,
     * which the caller appends with the rest of its batch (one lock of the chain head per batch, not per item).
     */
    public AuditEntry apply(ContentItem item, Screening verdict, Instant now, Actor actor) {
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
        return AuditEntry.of(actor, AuditSubject.CONTENT, item.getPlatformId(), actionOf(verdict),
                verdict.policyVersion(), verdict.evidence() == null ? verdict.reason()
                        : verdict.reason() + " — " + verdict.evidence());
    }

    private static AuditAction actionOf(Screening verdict) {
        return switch (verdict.outcome()) {
            case REMOVE -> AuditAction.INTAKE_REMOVED;
            case BLOCK -> AuditAction.INTAKE_BLOCKED;
            case REVIEW -> AuditAction.INTAKE_HELD_FOR_REVIEW;
        };
    }
}
