package org.veracity.domain.transparency;

import java.util.List;

/**
 * Which audit events the public enforcement counts are made of (R21, R23): every event that cites a
 * policy version and acts on a post, an account or a group. The rule is generic over actions, so an
 * action added later (an ad rejection, a disclosure request) is counted from its first event without a
 * change here; only the few bookkeeping actions below, which act on nothing, are left out.
 */
public final class EnforcementEvents {

    /** The subjects an enforcement acts on; a post's region comes from the post. */
    public static final List<String> SUBJECT_TYPES = List.of("CONTENT", "ACCOUNT", "GROUP");

    /** Events that cite a policy but decide nothing about their subject. */
    public static final List<String> NOT_ENFORCEMENTS = List.of("POSSIBLE_COPY_OFFERED", "POSSIBLE_COPY_REJECTED",
            "RFH_MATCH_CLEARED", "CLAIMED", "RELEASED");

    /** The region of a subject that has none (an account, a group, a post sent without one): ISO's "unknown". */
    public static final String UNKNOWN_REGION = "ZZ";

    private EnforcementEvents() {
    }

    public static boolean counts(String subjectType, String action, String policyVersion) {
        return policyVersion != null && !policyVersion.isBlank() && SUBJECT_TYPES.contains(subjectType)
                && !NOT_ENFORCEMENTS.contains(action);
    }

    public static String region(String region) {
        return region == null || region.isBlank() ? UNKNOWN_REGION : region;
    }
}
