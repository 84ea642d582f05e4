package org.veracity.domain.screening;

import java.util.Objects;
import org.veracity.domain.content.ContentItem;

/**
 * One rule's verdict on a new item at intake (or in a pre-publication check): the outcome, the
 * reason people see, the policy version it enforces (R14) and the evidence behind it, for example
 * which RFH entry matched and how closely (R11).
 *
 * @param source   the rule that decided, e.g. {@code rfh} or {@code movement}; it keeps its own records
 * @param sourceId the rule's own record the verdict rests on (an RFH entry id, a movement id), if any
 * @param finding  what the rule found, as it keeps it (the RFH match), handed back to the same rule when it
 *                 records the outcome so it need not look again; null when the rule keeps nothing more
 */
public record Screening(ScreeningOutcome outcome, String reason, String policyVersion, String evidence,
                        String source, String sourceId, Object finding) {

    public Screening(ScreeningOutcome outcome, String reason, String policyVersion, String evidence, String source,
                     String sourceId) {
        this(outcome, reason, policyVersion, evidence, source, sourceId, null);
    }

    public Screening {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
    }

    /** The stronger of two verdicts; on a tie the first stands. */
    public static Screening strongest(Screening a, Screening b) {
        if (a == null) {
            return b;
        }
        return b != null && b.outcome().isStrongerThan(a.outcome()) ? b : a;
    }

    /** The reason as people read it, citing the policy version it enforces. */
    public String citedReason() {
        return ContentItem.citedReason(reason, policyVersion);
    }

    public boolean stopsCirculation() {
        return outcome != ScreeningOutcome.REVIEW;
    }
}
