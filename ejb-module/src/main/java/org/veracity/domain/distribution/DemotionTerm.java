package org.veracity.domain.distribution;

import java.time.Instant;
import org.veracity.domain.demotion.Demotion;
import org.veracity.domain.demotion.DemotionKind;
import org.veracity.domain.demotion.Multiplier;

/** A demotion as the distribution answer needs it, with its window; held in the projection (R3, R22). */
public record DemotionTerm(DemotionKind kind, double multiplier, Instant startsAt, Instant endsAt, Instant liftedAt,
                           String reason, String policyVersion) {

    public static DemotionTerm of(Demotion d) {
        return new DemotionTerm(d.getKind(), d.getMultiplier().value(), d.getStartsAt(), d.getEndsAt(),
                d.getLiftedAt(), d.getReason(), d.getPolicyVersion());
    }

    public boolean isInForceAt(Instant t) {
        return Demotion.isInForceAt(startsAt, endsAt, liftedAt, t);
    }

    /** Over for good at {@code t}: ended or lifted (the projection may drop it). */
    public boolean isLapsedAt(Instant t) {
        return endsAt != null && !t.isBefore(endsAt) || liftedAt != null && !t.isBefore(liftedAt);
    }

    public Multiplier factor() {
        return new Multiplier(multiplier);
    }
}
