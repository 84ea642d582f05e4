package org.veracity.domain.audit;

import org.veracity.domain.access.Actor;

/**
 * What a state change says about itself before it is chained. Subject type and action are kept as the text
 * stored and hashed; {@link #of} takes them from the one vocabulary, {@link AuditSubject} and {@link AuditAction}.
 */
public record AuditEntry(String actor, String role, String subjectType, String subjectId, String action,
                         String policyVersion, String reason) {

    /** @deprecated only for the demo loader until it moves out of infrastructure; use {@link AuditSubject#TOKEN}. */
    @Deprecated(forRemoval = true)
    public static final String TOKEN = AuditSubject.TOKEN.name();

    public static AuditEntry of(Actor actor, AuditSubject subject, String subjectId, AuditAction action,
                                String policyVersion, String reason) {
        return new AuditEntry(actor.name(), actor.roleLabel(), subject.name(), subjectId, action.name(), policyVersion,
                reason);
    }

    /**
     * @deprecated only for the demo loader until it moves out of infrastructure; use
     * {@link #of(Actor, AuditSubject, String, AuditAction, String, String)}.
     */
    @Deprecated(forRemoval = true)
    public static AuditEntry of(Actor actor, String subjectType, String subjectId, String action,
                                String policyVersion, String reason) {
        return of(actor, AuditSubject.valueOf(subjectType), subjectId, AuditAction.valueOf(action), policyVersion,
                reason);
    }

    public boolean concerns(AuditSubject subject) {
        return subject.name().equals(subjectType);
    }
}
