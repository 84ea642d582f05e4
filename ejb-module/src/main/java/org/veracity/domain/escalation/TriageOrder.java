package org.veracity.domain.escalation;

import java.util.Comparator;
import java.util.List;

/**
 * R20: the specialists' one queue, open escalations ordered by the time their next answer is due, then by receipt
 * and tracking id. The reporter's size band and name are deliberately not part of the order: a local campaign's
 * report that is due first is answered first.
 */
public final class TriageOrder {

    public static final Comparator<Escalation> BY_DUE_TIME = Comparator.comparing(Escalation::nextDue)
            .thenComparing(Escalation::getReceivedAt)
            .thenComparing(Escalation::getTrackingId);

    private TriageOrder() {
    }

    public static List<Escalation> queue(List<Escalation> escalations) {
        return escalations.stream().filter(e -> e.getStatus().isOpen()).sorted(BY_DUE_TIME).toList();
    }
}
