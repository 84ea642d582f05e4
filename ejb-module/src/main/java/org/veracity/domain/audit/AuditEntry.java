package org.veracity.domain.audit;

import org.veracity.domain.access.Actor;

/**
 * What a state change says about itself before it is chained. Subject type and action are kept as the text
 * stored and hashed; {@link #of} takes them from the one vocabulary, {@link AuditSubject} and {@link AuditAction}.
 */
public record AuditEntry(String actor, String role, String subjectType, String subjectId, String action,
                         String policyVersion, String reason) {

    public static AuditEntry of(Actor actor, AuditSubject subject, String subjectId, AuditAction action,
                                String policyVersion, String reason) {
        return new AuditEntry(actor.name(), actor.roleLabel(), subject.name(), subjectId, action.name(), policyVersion,
                reason);
    }

    public boolean concerns(AuditSubject subject) {
        return subject.name().equals(subjectType);
    }
}
