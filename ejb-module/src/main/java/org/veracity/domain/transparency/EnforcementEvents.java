package org.veracity.domain.transparency;

import java.util.EnumSet;
import java.util.Set;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditSubject;

/**
 * Which audit events the public enforcement counts are made of (R21, R23): every event that cites a
 * policy version and acts on a post, an account or a group. The rule is generic over actions, so an
 * action added later (an ad rejection, a disclosure request) is counted from its first event without a
 * change here; only the few bookkeeping actions below, which act on nothing, are left out.
 */
public final class EnforcementEvents {

    /** The subjects an enforcement acts on; a post's region comes from the post. */
    public static final Set<AuditSubject> SUBJECT_TYPES = EnumSet.of(AuditSubject.CONTENT, AuditSubject.ACCOUNT,
            AuditSubject.GROUP);

    /** Events that cite a policy but decide nothing about their subject. */
    public static final Set<AuditAction> NOT_ENFORCEMENTS = EnumSet.of(AuditAction.POSSIBLE_COPY_OFFERED,
            AuditAction.POSSIBLE_COPY_REJECTED, AuditAction.RFH_MATCH_CLEARED, AuditAction.CLAIMED,
            AuditAction.RELEASED);

    /** The region of a subject that has none (an account, a group, a post sent without one): ISO's "unknown". */
    public static final String UNKNOWN_REGION = "ZZ";

    private EnforcementEvents() {
    }

    /** Decided on the stored text, so an action no code records any more still counts by the same rule. */
    public static boolean counts(String subjectType, String action, String policyVersion) {
        return policyVersion != null && !policyVersion.isBlank()
                && SUBJECT_TYPES.stream().anyMatch(s -> s.name().equals(subjectType))
                && NOT_ENFORCEMENTS.stream().noneMatch(a -> a.name().equals(action));
    }

    public static String region(String region) {
        return region == null || region.isBlank() ? UNKNOWN_REGION : region;
    }
}
