package org.veracity.domain.notification;

import java.util.Optional;
import java.util.regex.Pattern;
import org.veracity.domain.audit.AuditAction;

/** The topics of notices and which of them every subscriber of the topic receives. */
public final class Topics {

    /** A change of an item's treatment: removed, blocked, rated, demoted, labelled, restored. Public facts. */
    public static final String ITEM_TREATMENT = "item.treatment";
    /** A change of an escalation's status: only the reporting partner's subscriptions receive it. */
    public static final String ESCALATION_STATUS = "escalation.status";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");

    private Topics() {
    }

    /** Broadcast topics go to every subscription of the topic; the others only to the notice's partner's. */
    public static boolean broadcast(String topic) {
        return ITEM_TREATMENT.equals(topic);
    }

    public static boolean wellFormed(String topic) {
        return topic != null && topic.length() <= 100 && NAME.matcher(topic).matches();
    }

    /**
     * The treatment an audited action on an item amounts to, in the words integrators read, or empty when the
     * action does not change what the item's audience sees (intake, prediction, enqueue).
     */
    public static Optional<String> treatmentOf(AuditAction action) {
        return Optional.ofNullable(switch (action) {
            case REMOVED, INTAKE_REMOVED -> "removed";
            case INTAKE_BLOCKED, RFH_BLOCK_CONFIRMED -> "blocked";
            case RATED, RATED_AS_COPY -> "rated";
            case DEMOTED, TOPIC_POLICY_APPLIED, REPEAT_OFFENDER -> "demoted";
            case LABELLED -> "labelled";
            case DEMOTION_LIFTED, DEMOTION_EXPIRED, RATING_WITHDRAWN, RFH_MATCH_CLEARED -> "restored";
            default -> null;
        });
    }
}
