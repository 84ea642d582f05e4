package org.veracity.domain.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface EscalationRepository {

    void store(Escalation escalation);

    Optional<Escalation> findByTrackingId(String trackingId);

    /**
     * The escalation with its row locked until the transaction ends: changes of one escalation happen one after
     * another on every instance, so two answers sent at once, or a specialist and the breach sweep, see each other.
     */
    Optional<Escalation> lockByTrackingId(String trackingId);

    Optional<Escalation> lockById(long id);

    /**
     * Ids of escalations that may have a breach to record at {@code now}: a due time passed, no breach recorded,
     * and the answer missing or late. The rule itself ({@link Escalation#unrecordedBreachesAt}) decides.
     */
    List<Long> breachCandidates(Instant now, int limit);

    /** Breaches recorded since {@code since}, newest first, for the specialists. */
    List<Escalation> breachesRecordedSince(Instant since, int limit);

    /** Escalations still owed an answer (open statuses), in no particular order. */
    List<Escalation> open();

    /** Escalations received in {@code [from, to)}, for the published figures. */
    List<Escalation> receivedBetween(Instant from, Instant to);

    /** Escalations merged into {@code trackingId}. */
    List<Escalation> mergedInto(String trackingId);

    /** Escalations whose decision proposed a change to this policy that no version has answered yet. */
    List<Escalation> withOpenProposal(String policyCode);

    /** How many escalations this public e-mail address sent since {@code since} (the public form's rate limit). */
    long countFromEmailSince(String email, Instant since);

    /** Every decision that proposed a policy change, newest first. */
    List<Escalation> withProposals();

    /** Most recently received first. */
    List<Escalation> recent(int limit);
}
