package org.veracity.domain.audit;

import org.veracity.domain.access.Actor;

/** What a state change says about itself before it is chained. */
public record AuditEntry(String actor, String role, String subjectType, String subjectId, String action,
                         String policyVersion, String reason) {

    public static final String CONTENT = "CONTENT";
    public static final String TOKEN = "TOKEN";
    public static final String USER = "USER";
    public static final String PARTNER = "PARTNER";

    public static AuditEntry of(Actor actor, String subjectType, String subjectId, String action,
                                String policyVersion, String reason) {
        return new AuditEntry(actor.name(), actor.roleLabel(), subjectType, subjectId, action, policyVersion, reason);
    }
}
