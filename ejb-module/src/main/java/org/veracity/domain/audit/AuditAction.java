package org.veracity.domain.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an audit event says happened (R21): its {@code action}. The constant's name is the stored text, which
 * every event's hash covers and the public figures, open data and notices repeat, so a constant is never
 * renamed (AuditVocabularyTest pins the names). Grouped by the rule that records them.
 */
public enum AuditAction {
    // R1 intake, and the screens intake runs
    INTAKE_ACCEPTED,
    /** A screen removed the post at intake. */
    INTAKE_REMOVED,
    /** A screen blocked the post at intake. */
    INTAKE_BLOCKED,
    /** A screen held the post for a specialist. */
    INTAKE_HELD_FOR_REVIEW,
    /** A semantic (embedding) near match of an RFH claim, held for a specialist. */
    SEMANTIC_HELD_FOR_REVIEW,

    // R2 prediction, R3 soft demotion, R4 exemption, R5 manual enqueue
    PREDICTED,
    /** Crossed the threshold but not eligible for fact-checking (R6). */
    PREDICTED_NOT_ELIGIBLE,
    /** Enqueued but not demoted because its domain is on the exemption list (R4). */
    NOT_DEMOTED_EXEMPT,
    ENQUEUED,
    /** Any demotion of an item: temporary (R3), by a rating (R7), as a copy (R8). */
    DEMOTED,
    /** A demotion's window ended (nightly expiry). */
    DEMOTION_EXPIRED,
    /** A demotion ended early: the temporary one replaced by a rating. */
    DEMOTION_LIFTED,
    EXEMPTION_OVERRIDE,
    EXEMPTION_OVERRIDE_REVOKED,
    EXEMPTION_LIST_REBUILT,

    // R7 review and ratings, disputes and copies of rated items
    /** A fact-checker took the item's lease. */
    CLAIMED,
    /** A fact-checker gave the item's lease back. */
    RELEASED,
    RATED,
    /** Rated by confirming it a copy of an already rated item. */
    RATED_AS_COPY,
    RATING_WITHDRAWN,
    /** A publisher disputed a rating. */
    DISPUTED,
    /** The fact-checker kept the disputed rating. */
    DISPUTE_CONFIRMED,
    /** The fact-checker replaced the disputed rating. */
    DISPUTE_CHANGED,
    /** A possible copy of a rated item was offered to its fact-checker. */
    POSSIBLE_COPY_OFFERED,
    POSSIBLE_COPY_CONFIRMED,
    POSSIBLE_COPY_REJECTED,
    /** On a copy: the original's rating was confirmed after a dispute. */
    COPIED_RATING_CONFIRMED,
    PARTNER_CREATED,
    PARTNER_CHANGED,

    // R8 repeat offenders
    /** An author's or domain's content demoted for repeated false ratings. */
    REPEAT_OFFENDER,

    // R9 issues of importance
    ISSUE_CREATED,

    // R10 break-glass measures
    MEASURE_PREPARED,
    MEASURE_ACTIVATED,
    MEASURE_DEACTIVATED,
    /** A measure's RFH entries run over recent items without acting on any. */
    MEASURE_DRY_RUN,

    // R11 repeatedly fact-checked hoaxes
    RFH_NOMINATED,
    RFH_APPROVED,
    RFH_REJECTED,
    RFH_RETIRED,
    /** A specialist confirmed a held match: the item is blocked. */
    RFH_BLOCK_CONFIRMED,
    /** A specialist cleared a held match: the item is left alone. */
    RFH_MATCH_CLEARED,
    /** An entry run over recent items without acting on any. */
    RFH_DRY_RUN,

    // R12 topic policies, R13 removals, R14 policy versions, R15 labels
    /** A topic policy's hard demotion (COVID-19, vaccines). */
    TOPIC_POLICY_APPLIED,
    REMOVED,
    EXCEPTION_DESIGNATED,
    EXCEPTION_ENDED,
    POLICY_VERSION_PUBLISHED,
    /** Any label: an inform label (R15), a rating's (R7), a coordinated campaign's (R18). */
    LABELLED,

    // R16 movements, groups and suspensions
    MOVEMENT_DESIGNATED,
    MOVEMENT_REVOKED,
    GROUP_SHUT_DOWN,
    GROUP_REOPENED,
    ACCOUNT_SUSPENDED,
    SUSPENSION_LIFTED,

    // R17 sponsorship disclosure
    SPONSORSHIP_RECORDED,
    DISCLOSURE_REQUESTED,
    DISCLOSURE_RECORDED,
    /** A disclosure request's deadline passed unanswered: the post is removed. */
    DISCLOSURE_DEADLINE_REMOVED,

    // R18 coordinated posting: a case opens, posts join it, a specialist decides it (COORDINATION_ + the outcome)
    COORDINATION_CASE_OPENED,
    COORDINATION_POST_JOINED,
    COORDINATION_DISMISSED,
    COORDINATION_LABELLED,
    COORDINATION_SUSPENDED,
    COORDINATION_DISCLOSURE_REQUESTED,

    // R19 political ads
    POLITICAL_AD_BAN_ADDED,
    POLITICAL_AD_BAN_ENDED,

    // R20 escalations
    ESCALATION_RECEIVED,
    ESCALATION_ACKNOWLEDGED,
    ESCALATION_INFORMATION_REQUESTED,
    ESCALATION_INFORMATION_SUPPLIED,
    /** A duplicate joined to the escalation it repeats. */
    ESCALATION_MERGED,
    ESCALATION_DECIDED,
    ESCALATION_APPEALED,
    ESCALATION_APPEAL_DECIDED,
    /** The policy change an escalation proposed was published. */
    ESCALATION_PROPOSAL_LINKED,
    /** The first-response service level passed unanswered. */
    ESCALATION_FIRST_RESPONSE_BREACHED,
    /** The decision service level passed undecided. */
    ESCALATION_DECISION_BREACHED,
    /** A partner's organisation kind and size band recorded. */
    PARTNER_CLASSIFIED,

    // R23 transparency
    TRANSPARENCY_RECOMPUTED,
    OPEN_DATA_PUBLISHED,

    // R24 integrator access, and desk users
    TOKEN_ISSUED,
    TOKEN_REVOKED,
    USER_CREATED,
    USER_CHANGED,
    USER_DISABLED,
    USER_ENABLED,
    /** An administrator set a user's password. */
    PASSWORD_RESET,
    /** A user changed their own password. */
    PASSWORD_CHANGED,
    /** The one-time setup created the first administrator. */
    FIRST_ADMIN_CREATED,

    // notices to integrators
    SUBSCRIPTION_CREATED,
    SUBSCRIPTION_DELETED,
    /** A failed notice delivery sent again. */
    DELIVERY_REPLAYED,
    WHATSAPP_TOKEN_REPLACED;

    /** The action a stored event names, or empty for text no code records (an action of an older version). */
    public static Optional<AuditAction> named(String stored) {
        return Arrays.stream(values()).filter(a -> a.name().equals(stored)).findFirst();
    }
}
