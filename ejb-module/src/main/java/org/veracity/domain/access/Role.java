package org.veracity.domain.access;

/** Roles of DESIGN §1, plus the two non-human callers that appear in the audit log. */
public enum Role {
    MODERATOR, SPECIALIST, FACT_CHECKER, POLICY_LEAD, ADMIN,
    /** A partner organisation's own administrator: manages its fact-checkers and tokens, nothing else. */
    PARTNER_ADMIN,
    /** Another system calling the REST API with a bearer token (R24). */
    INTEGRATOR,
    /** Veracity itself: nightly jobs, expiries, start-up. */
    SYSTEM;

    public static final Role[] DESK_ROLES = {MODERATOR, SPECIALIST, FACT_CHECKER, POLICY_LEAD, ADMIN, PARTNER_ADMIN};
}
