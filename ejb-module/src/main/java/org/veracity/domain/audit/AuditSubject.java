package org.veracity.domain.audit;

/**
 * What an audit event acts on: its {@code subject_type}. The constant's name is the stored text, which every
 * event's hash covers, so a constant is never renamed (AuditVocabularyTest pins the names).
 */
public enum AuditSubject {
    // R1–R9, R12, R13, R15: a post or an ad, by its platform id. Enforcement counts read CONTENT, ACCOUNT, GROUP.
    CONTENT,
    /** R16: an author's account, by author id (a suspension). */
    ACCOUNT,
    /** R16: a group of a designated movement, by group id. */
    GROUP,
    /** R16: a designated movement. */
    MOVEMENT,
    /** R4: a registrable domain with a specialist's exemption override. */
    DOMAIN,
    /** R4: one rebuilt exemption list, by id. */
    EXEMPTION_LIST,
    /** R7, R20: a fact-checking or escalating partner organisation, by name. */
    PARTNER,
    /** R9: an issue of importance, by name. */
    ISSUE,
    /** R10. */
    BREAK_GLASS_MEASURE,
    /** R11: a nominated claim of the RFH list, by id. */
    RFH_ENTRY,
    /** R13: a designated exception to a removal policy, by code. */
    REMOVAL_EXCEPTION,
    /** R14: a policy, by code; its events cite the version. */
    POLICY,
    /** R17: a sponsor's registration of paid posters. */
    SPONSORSHIP,
    /** R18. */
    COORDINATION_CASE,
    /** R19: a region's ban of political ads, by region. */
    POLITICAL_AD_BAN,
    /** R20: an escalation, by tracking id. */
    ESCALATION,
    /** R23: the public figures. */
    TRANSPARENCY,
    /** R23: one day's open-data dump. */
    OPEN_DATA,
    /** R24: an API token, by name. */
    TOKEN,
    /** A desk user, by user name. */
    USER,
    /** A webhook or e-mail subscription to notices. */
    SUBSCRIPTION,
    /** A notice's delivery, or the WhatsApp channel's credentials. */
    DELIVERY
}
