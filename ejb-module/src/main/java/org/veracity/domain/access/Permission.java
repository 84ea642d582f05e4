package org.veracity.domain.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what (DESIGN §1): the one table. Services check it with {@link Permissions#require} and
 * desk pages ask it through {@code #{access.may('…')}}; neither repeats role lists.
 */
public enum Permission {
    /** The fact-check queue (a fact-checker sees only its organisation's part of it). */
    VIEW_QUEUE(Role.MODERATOR, Role.SPECIALIST, Role.FACT_CHECKER, Role.POLICY_LEAD, Role.ADMIN),
    /** An item's page: staff see every item; a fact-checker only those its organisation is offered. */
    VIEW_ITEM(Role.MODERATOR, Role.SPECIALIST, Role.FACT_CHECKER, Role.POLICY_LEAD, Role.ADMIN),
    /** Every item, and the names of the staff in an item's history. */
    VIEW_ANY_ITEM(Role.MODERATOR, Role.SPECIALIST, Role.POLICY_LEAD, Role.ADMIN),
    /** Claim and rate queue items of one's organisation: its fact-checkers at the desk, its integrators over the API. */
    WORK_ON_CLAIMS(Role.FACT_CHECKER, Role.INTEGRATOR),
    ENQUEUE(Role.MODERATOR, Role.SPECIALIST, Role.FACT_CHECKER),
    VIEW_DISPUTES(Role.MODERATOR, Role.SPECIALIST, Role.FACT_CHECKER, Role.POLICY_LEAD),
    /** A publisher's dispute, recorded by staff or relayed by the publisher's integrator. */
    RECORD_DISPUTES(Role.MODERATOR, Role.SPECIALIST, Role.INTEGRATOR),
    ANSWER_DISPUTES(Role.FACT_CHECKER),
    VIEW_EXEMPTIONS(Role.MODERATOR, Role.SPECIALIST, Role.POLICY_LEAD, Role.ADMIN),
    OVERRIDE_EXEMPTIONS(Role.SPECIALIST),
    VIEW_ISSUES(Role.MODERATOR, Role.SPECIALIST, Role.POLICY_LEAD, Role.ADMIN),
    EDIT_ISSUES(Role.SPECIALIST, Role.POLICY_LEAD, Role.SYSTEM),
    VIEW_POLICIES(Role.MODERATOR, Role.SPECIALIST, Role.POLICY_LEAD, Role.ADMIN),
    PUBLISH_POLICIES(Role.POLICY_LEAD),
    VIEW_MOVEMENTS(Role.MODERATOR, Role.SPECIALIST, Role.POLICY_LEAD, Role.ADMIN),
    DESIGNATE_MOVEMENTS(Role.SPECIALIST),
    VIEW_SUSPENSIONS(Role.MODERATOR, Role.SPECIALIST, Role.POLICY_LEAD, Role.ADMIN),
    SUSPEND_ACCOUNTS(Role.SPECIALIST),
    VIEW_MEASURES(Role.MODERATOR, Role.SPECIALIST, Role.POLICY_LEAD, Role.ADMIN),
    SWITCH_MEASURES(Role.POLICY_LEAD),
    PREPARE_MEASURES(Role.POLICY_LEAD, Role.SYSTEM),
    VIEW_RFH(Role.MODERATOR, Role.SPECIALIST, Role.POLICY_LEAD, Role.ADMIN),
    NOMINATE_RFH(Role.SPECIALIST),
    DECIDE_RFH(Role.POLICY_LEAD),
    REVIEW_RFH_MATCHES(Role.SPECIALIST, Role.POLICY_LEAD),
    RESOLVE_RFH_MATCHES(Role.SPECIALIST),
    /** Running an entry or a measure against stored content before activating it (issue 10): nothing is enforced. */
    DRY_RUN_RFH(Role.SPECIALIST, Role.POLICY_LEAD),
    ENFORCE(Role.MODERATOR, Role.SPECIALIST),
    LABEL(Role.MODERATOR, Role.SPECIALIST, Role.POLICY_LEAD),
    KEEP_REMOVAL_EXCEPTIONS(Role.POLICY_LEAD),
    VIEW_ENFORCEMENT(Role.MODERATOR, Role.SPECIALIST, Role.POLICY_LEAD),
    RUN_JOBS(Role.ADMIN, Role.SYSTEM),
    /** Desk users: an ADMIN manages everyone; a partner's admin only its own organisation's fact-checkers. */
    MANAGE_USERS(Role.ADMIN, Role.PARTNER_ADMIN),
    MANAGE_PARTNERS(Role.ADMIN),
    /** API tokens: an ADMIN issues any; a partner's admin only its organisation's fact-checking tokens. */
    MANAGE_TOKENS(Role.ADMIN, Role.PARTNER_ADMIN),
    /** Demo mode: the loader replaces the demo integrator token at every start. */
    REPLACE_DEMO_TOKEN(Role.SYSTEM),
    /** Changing one's own password: everyone who logs in. */
    CHANGE_OWN_PASSWORD(Role.MODERATOR, Role.SPECIALIST, Role.FACT_CHECKER, Role.POLICY_LEAD, Role.ADMIN,
            Role.PARTNER_ADMIN),
    /** Webhook subscriptions (R20): an integrator manages its own owner's; an ADMIN sees and deletes any. */
    MANAGE_SUBSCRIPTIONS(Role.INTEGRATOR, Role.ADMIN),
    /** The outbox's delivery page: status, dead letters, the WhatsApp token's state (R20). */
    VIEW_DELIVERIES(Role.ADMIN),
    /** Replaying dead letters and replacing the WhatsApp token. */
    MANAGE_DELIVERIES(Role.ADMIN),
    /** Sponsorships and disclosure requests (R17). */
    VIEW_SPONSORSHIPS(Role.MODERATOR, Role.SPECIALIST, Role.POLICY_LEAD, Role.ADMIN),
    /** Recording a paid relationship from evidence, asking for or recording a disclosure (R17); a campaign's own
     * registration arrives through its integrator. */
    RECORD_SPONSORSHIPS(Role.SPECIALIST, Role.INTEGRATOR, Role.SYSTEM),
    /** Regions that ban political ads, with their dates (R19). */
    KEEP_POLITICAL_AD_BANS(Role.POLICY_LEAD, Role.SYSTEM),
    /** R20: a partner organisation reports through its token; a specialist records a partner's report in the desk. */
    REPORT_ESCALATIONS(Role.INTEGRATOR, Role.SPECIALIST),
    /** R20: the escalations queue with its SLA clock. */
    VIEW_ESCALATIONS(Role.SPECIALIST, Role.POLICY_LEAD, Role.ADMIN),
    /** R20: acknowledge, ask for information, merge duplicates, decide (an appeal by another specialist). */
    TRIAGE_ESCALATIONS(Role.SPECIALIST),
    /** Coordination cases (R18): staff at the desk, integrators with {@code content:read}. */
    VIEW_COORDINATION(Role.MODERATOR, Role.SPECIALIST, Role.POLICY_LEAD, Role.ADMIN, Role.INTEGRATOR),
    /** Deciding a coordination case: dismiss, label its posts, suspend its accounts. */
    DECIDE_COORDINATION(Role.SPECIALIST);

    private final Set<Role> roles;

    Permission(Role... roles) {
        this.roles = Set.copyOf(EnumSet.copyOf(Arrays.asList(roles)));
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean grantedTo(Set<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }

    public boolean grantedTo(Actor actor) {
        return grantedTo(actor.roles());
    }
}
