package org.veracity.domain.coordination;

/**
 * What a post receives when it joins a coordination case (R18) after a specialist decided the case: the decision
 * goes on applying to the campaign's later posts, as far as it can without a person's judgement.
 * <ul>
 *   <li>Open case: nothing yet; the specialist's decision will cover the post with the others.</li>
 *   <li>Dismissed (organic): nothing.</li>
 *   <li>Labelled: the post is labelled at once, like the case's other posts.</li>
 *   <li>Suspended: the post is labelled at once, and its account stands on the case as joined after the decision,
 *       for a specialist to suspend too. It is not suspended automatically: a suspension takes an account off the
 *       platform (R16), and an account whose one act is posting a near-identical text may be a supporter repeating
 *       a slogan rather than one of the network; the label protects readers meanwhile.</li>
 *   <li>Disclosure asked: a request for the post when its account is a paid poster of a recorded sponsorship at the
 *       moment of posting and the post neither discloses nor was asked already; otherwise nothing (a payment is
 *       never assumed, R17).</li>
 * </ul>
 * A post that does not circulate (removed or held at intake, a suspended author's for one) receives nothing.
 */
public enum JoinTreatment {
    NOTHING,
    LABEL,
    /** Labelled, and its account is left for a specialist to suspend. */
    LABEL_AWAITING_SUSPENSION,
    ASK_DISCLOSURE;

    /**
     * @param circulating       the joining post is active (not removed, not held)
     * @param authorSuspended   a suspension of its account is in force
     * @param paidPosterToAsk   its account is covered by a recorded sponsorship when it posted, and the post neither
     *                          discloses a sponsor nor has a disclosure request yet
     */
    public static JoinTreatment of(CaseStatus status, boolean circulating, boolean authorSuspended,
                                   boolean paidPosterToAsk) {
        if (!circulating) {
            return NOTHING;
        }
        return switch (status) {
            case OPEN, DISMISSED -> NOTHING;
            case LABELLED -> LABEL;
            case SUSPENDED -> authorSuspended ? LABEL : LABEL_AWAITING_SUSPENSION;
            case DISCLOSURE_REQUESTED -> paidPosterToAsk ? ASK_DISCLOSURE : NOTHING;
        };
    }

    public boolean labels() {
        return this == LABEL || this == LABEL_AWAITING_SUSPENSION;
    }

    /** How the join's audit event says what the post received. */
    public String describe() {
        return switch (this) {
            case NOTHING -> "nothing applied";
            case LABEL -> "labelled \"" + CoordinationCase.LABEL_TEXT + "\"";
            case LABEL_AWAITING_SUSPENSION -> "labelled \"" + CoordinationCase.LABEL_TEXT
                    + "\"; its account joined after the suspension decision and awaits a specialist";
            case ASK_DISCLOSURE -> "asked to disclose its sponsor";
        };
    }
}
