package org.veracity.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.veracity.domain.access.Actor;

/**
 * The audit vocabulary is stored text that every event's hash covers, that the public figures, open data and
 * integrators' notices repeat: renaming or dropping a constant would make existing events unreadable as
 * actions and break the chain's meaning. The lists below are the texts the code recorded before the enums
 * existed (issue 14); a new constant is added here, an old one is never renamed.
 */
class AuditVocabularyTest {

    private static final Set<String> ACTIONS = Set.of(
            "INTAKE_ACCEPTED", "INTAKE_REMOVED", "INTAKE_BLOCKED", "INTAKE_HELD_FOR_REVIEW",
            "SEMANTIC_HELD_FOR_REVIEW", "PREDICTED", "PREDICTED_NOT_ELIGIBLE", "NOT_DEMOTED_EXEMPT",
            "ENQUEUED", "DEMOTED", "DEMOTION_EXPIRED", "DEMOTION_LIFTED",
            "EXEMPTION_OVERRIDE", "EXEMPTION_OVERRIDE_REVOKED", "EXEMPTION_LIST_REBUILT", "CLAIMED",
            "RELEASED", "RATED", "RATED_AS_COPY", "RATING_WITHDRAWN",
            "DISPUTED", "DISPUTE_CONFIRMED", "DISPUTE_CHANGED", "POSSIBLE_COPY_OFFERED",
            "POSSIBLE_COPY_CONFIRMED", "POSSIBLE_COPY_REJECTED", "COPIED_RATING_CONFIRMED", "PARTNER_CREATED",
            "PARTNER_CHANGED", "REPEAT_OFFENDER", "ISSUE_CREATED", "MEASURE_PREPARED",
            "MEASURE_ACTIVATED", "MEASURE_DEACTIVATED", "MEASURE_DRY_RUN", "RFH_NOMINATED",
            "RFH_APPROVED", "RFH_REJECTED", "RFH_RETIRED", "RFH_BLOCK_CONFIRMED",
            "RFH_MATCH_CLEARED", "RFH_DRY_RUN", "TOPIC_POLICY_APPLIED", "REMOVED",
            "EXCEPTION_DESIGNATED", "EXCEPTION_ENDED", "POLICY_VERSION_PUBLISHED", "LABELLED",
            "MOVEMENT_DESIGNATED", "MOVEMENT_REVOKED", "GROUP_SHUT_DOWN", "GROUP_REOPENED",
            "ACCOUNT_SUSPENDED", "SUSPENSION_LIFTED", "SPONSORSHIP_RECORDED", "DISCLOSURE_REQUESTED",
            "DISCLOSURE_RECORDED", "DISCLOSURE_DEADLINE_REMOVED", "COORDINATION_CASE_OPENED", "COORDINATION_POST_JOINED",
            "COORDINATION_DISMISSED", "COORDINATION_LABELLED", "COORDINATION_SUSPENDED", "COORDINATION_DISCLOSURE_REQUESTED",
            "POLITICAL_AD_BAN_ADDED", "POLITICAL_AD_BAN_ENDED", "ESCALATION_RECEIVED", "ESCALATION_ACKNOWLEDGED",
            "ESCALATION_INFORMATION_REQUESTED", "ESCALATION_INFORMATION_SUPPLIED", "ESCALATION_MERGED", "ESCALATION_DECIDED",
            "ESCALATION_APPEALED", "ESCALATION_APPEAL_DECIDED", "ESCALATION_PROPOSAL_LINKED", "ESCALATION_FIRST_RESPONSE_BREACHED",
            "ESCALATION_DECISION_BREACHED", "PARTNER_CLASSIFIED", "TRANSPARENCY_RECOMPUTED", "OPEN_DATA_PUBLISHED",
            "TOKEN_ISSUED", "TOKEN_REVOKED", "USER_CREATED", "USER_CHANGED",
            "USER_DISABLED", "USER_ENABLED", "PASSWORD_RESET", "PASSWORD_CHANGED",
            "FIRST_ADMIN_CREATED", "SUBSCRIPTION_CREATED", "SUBSCRIPTION_DELETED", "DELIVERY_REPLAYED",
            "WHATSAPP_TOKEN_REPLACED");

    private static final Set<String> SUBJECTS = Set.of(
            "CONTENT", "ACCOUNT", "GROUP", "MOVEMENT",
            "DOMAIN", "EXEMPTION_LIST", "PARTNER", "ISSUE",
            "BREAK_GLASS_MEASURE", "RFH_ENTRY", "REMOVAL_EXCEPTION", "POLICY",
            "SPONSORSHIP", "COORDINATION_CASE", "POLITICAL_AD_BAN", "ESCALATION",
            "TRANSPARENCY", "OPEN_DATA", "TOKEN", "USER",
            "SUBSCRIPTION", "DELIVERY");

    @Test
    void every_action_is_stored_under_the_name_the_code_recorded_before_the_enum() {
        assertEquals(new TreeSet<>(ACTIONS), names(AuditAction.values()));
    }

    @Test
    void every_subject_type_is_stored_under_the_name_the_code_recorded_before_the_enum() {
        assertEquals(new TreeSet<>(SUBJECTS), names(AuditSubject.values()));
    }

    @Test
    void an_entry_stores_the_names_and_reads_them_back() {
        AuditEntry entry = AuditEntry.of(Actor.SYSTEM, AuditSubject.BREAK_GLASS_MEASURE, "7",
                AuditAction.MEASURE_DRY_RUN, null, "dry run");
        assertEquals("BREAK_GLASS_MEASURE", entry.subjectType());
        assertEquals("MEASURE_DRY_RUN", entry.action());
        assertTrue(entry.concerns(AuditSubject.BREAK_GLASS_MEASURE));
        assertFalse(entry.concerns(AuditSubject.CONTENT));
        assertEquals(AuditAction.MEASURE_DRY_RUN, AuditAction.named(entry.action()).orElseThrow());
        assertTrue(AuditAction.named("AD_REJECTED").isEmpty(), "text no code records is no action");
    }

    private static TreeSet<String> names(Enum<?>[] values) {
        return new TreeSet<>(Arrays.stream(values).map(Enum::name).toList());
    }
}
